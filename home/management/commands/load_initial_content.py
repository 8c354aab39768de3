from django.core.management.base import BaseCommand

from home.initial_content.builder import InitialContentBuilder
from home.initial_content.programmes_builder import ProgrammesContentBuilder


class Command(BaseCommand):
    help = (
        "Build the site's starting pages, halls and sample events in English and Korean. "
        "Safe to run again: existing pages are kept as they are."
    )

    def handle(self, *args, **options):
        created = []
        for builder_class in (InitialContentBuilder, ProgrammesContentBuilder):
            created += builder_class(log=self.stdout.write).build()
        self.stdout.write(self.style.SUCCESS(f"Initial content ready ({len(created)} pages created)."))
