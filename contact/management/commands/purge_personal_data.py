from django.core.management.base import BaseCommand

from contact.retention import purge_expired


class Command(BaseCommand):
    help = "Delete inquiries, registrations and visit requests whose stated retention period has ended."

    def handle(self, *args, **options):
        deleted = purge_expired()
        for label, count in deleted.items():
            self.stdout.write(f"{label}: {count} deleted")
