from django.core.management.base import BaseCommand
from django.utils import timezone

from akc_site.backups import back_up


class Command(BaseCommand):
    help = "Back up the database (as JSON, any engine) and the media files into a new folder."

    def add_arguments(self, parser):
        parser.add_argument("destination", nargs="?", help="Folder to create (default var/backups/<date-time>).")

    def handle(self, *args, destination=None, **options):
        destination = destination or f"var/backups/{timezone.now():%Y%m%d-%H%M%S}"
        files = back_up(destination)
        self.stdout.write(self.style.SUCCESS(f"Backed up the data and {files} media files to {destination}"))
