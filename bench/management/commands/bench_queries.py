import json

from django.core.management.base import BaseCommand

from bench.queries import measure_pages


class Command(BaseCommand):
    help = "Benchmark step: print, as JSON, each path's status, database queries and size (see `manage.py bench`)."

    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, paths, host, **options):
        self.stdout.write(json.dumps(measure_pages(paths, host)))
