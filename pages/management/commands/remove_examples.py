from django.core.management.base import BaseCommand

from pages.examples import example_pages, remove_examples


class Command(BaseCommand):
    help = "Delete every page marked as an example (and what lies under it). Real content is kept."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the example pages; delete nothing.")

    def handle(self, *args, dry_run, **options):
        if dry_run:
            for page in example_pages():
                self.stdout.write(f"{page.url_path}  {page.title}")
            return
        removed = remove_examples()
        self.stdout.write(self.style.SUCCESS(f"{removed} example pages removed."))
