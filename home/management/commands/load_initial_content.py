import argparse

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.initial_content import CONTENT_DIR, ContentError, InitialContentLoader


class Command(BaseCommand):
    help = (
        "Build the site's starting pages, halls and sample events from content/ (English) and "
        "content/locale/<lang>.po (translations). Safe to run again: existing pages are kept as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("--content-dir", default=CONTENT_DIR, help="Where the content is (default: content/).")
        parser.add_argument(
            "--examples",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="Load the example events and exhibitions too (default: INITIAL_CONTENT_EXAMPLES, off in production).",
        )

    def handle(self, *args, content_dir, examples, **options):
        if examples is None:
            examples = settings.INITIAL_CONTENT_EXAMPLES
        try:
            created = InitialContentLoader(content_dir, log=self.stdout.write, examples=examples).load()
        except ContentError as error:
            raise CommandError("The initial content cannot be loaded:\n" + "\n".join(error.problems)) from None
        self.stdout.write(self.style.SUCCESS(f"Initial content ready ({len(created)} pages created)."))
