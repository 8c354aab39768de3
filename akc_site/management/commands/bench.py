from django.core.management.base import BaseCommand, CommandError

from akc_site.bench.runner import DEFAULT_SIZES, BenchRun


def sizes(text):
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError as error:
        raise CommandError(f"--sizes takes numbers separated by commas, not {text!r}") from error
    if not values or min(values) < 1:
        raise CommandError("--sizes needs at least one positive number of events")
    return values


class Command(BaseCommand):
    help = (
        "Measure the site's speed as its content grows: seed databases of its own under var/bench/ at each "
        "size, serve them with gunicorn (production settings), drive them with wrk, page cache off and on. "
        "Writes var/bench/results.json, report.txt and latency.svg. See docs/performance.md."
    )
    requires_system_checks = []  # it never touches the developer's database

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="Numbers of events.")
        parser.add_argument("--seconds", type=int, default=3, help="How long wrk drives each page.")
        parser.add_argument("--connections", type=int, default=4, help="wrk's concurrent connections.")
        parser.add_argument("--database", choices=["auto", "postgresql", "sqlite"], default="auto")
        parser.add_argument("--output", default=None, help="Folder for the results (default var/bench).")

    def handle(self, *args, **options):
        BenchRun(
            sizes=sizes(options["sizes"]),
            seconds=options["seconds"],
            connections=options["connections"],
            database=options["database"],
            output=options["output"],
        ).run()
