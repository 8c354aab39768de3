from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from akc_site.backups import restore


class Command(BaseCommand):
    help = "Restore a backup made by backup_site into the current (migrated) database, then rebuild the search index."

    def add_arguments(self, parser):
        parser.add_argument("source", help="The backup folder.")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")

    def handle(self, *args, source, interactive=True, **options):
        if interactive and input("This replaces everything in the database. Type 'yes' to go on: ") != "yes":
            raise CommandError("Nothing restored.")
        try:
            files = restore(source)
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Restored the data and {files} media files from {source}"))
