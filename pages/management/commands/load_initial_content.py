from django.core.management.base import BaseCommand

from pages.initial_content.builder import InitialContentBuilder


class Command(BaseCommand):
    help = "Build the site's starting pages in English and Korean. Safe to run again: existing pages are kept."

    def handle(self, *args, **options):
        created = InitialContentBuilder(log=self.stdout.write).build()
        self.stdout.write(self.style.SUCCESS(f"Initial content ready ({len(created)} pages created)."))
