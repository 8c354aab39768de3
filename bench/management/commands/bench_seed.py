import json

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench.seed import Seeder, Volume, check_tree, is_bench_database


class Command(BaseCommand):
    help = (
        "Benchmark step: add events, halls, exhibitions and images until the site has --events events. "
        "Only runs on a benchmark database (a file under var/bench/ or a bench_* database); see `manage.py bench`."
    )

    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, required=True, help="How many events the site should hold.")

    def handle(self, *args, events, **options):
        if not is_bench_database(connection.settings_dict):
            raise CommandError("Refusing to seed a database that is not the benchmark's own (var/bench/, bench_*).")
        counts = Seeder(Volume.for_events(events)).seed()
        problems = {name: ids for name, ids in check_tree().items() if ids}
        if problems:
            raise CommandError(f"The seeded page tree has problems: {problems}")
        self.stdout.write(json.dumps(counts))
