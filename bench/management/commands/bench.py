from datetime import date

from django.core.management.base import BaseCommand, CommandError

from bench import publish_load
from bench.runner import DEFAULT_SIZES, BenchRun, bench_pages


def sizes(text):
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError as error:
        raise CommandError(f"--sizes takes numbers separated by commas, not {text!r}") from error
    if not values or min(values) < 1:
        raise CommandError("--sizes needs at least one positive number of events")
    return values


def page_names(text):
    if text is None:
        return None
    known = [name for name, _path in bench_pages(date.today())]
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise CommandError(f"--pages takes names from {', '.join(known)}; not {', '.join(unknown) or repr(text)}")
    return names


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
        parser.add_argument(
            "--lighthouse",
            action="store_true",
            help="Also audit home, events, an event and a hall with Lighthouse 12 at the largest size "
            "(installed with npm into var/lighthouse the first time; about 4 minutes more).",
        )
        parser.add_argument(
            "--publish-seconds",
            type=int,
            default=publish_load.DEFAULT_SECONDS,
            help="How long the 'publish during load' scenario runs at the largest size (0: not at all).",
        )
        parser.add_argument(
            "--pages",
            default=None,
            help="Only these pages, separated by commas: "
            + ", ".join(name for name, _path in bench_pages(date.today())),
        )

    def handle(self, *args, **options):
        if options["publish_seconds"] < 0:
            raise CommandError("--publish-seconds takes 0 (no scenario) or a number of seconds")
        BenchRun(
            sizes=sizes(options["sizes"]),
            seconds=options["seconds"],
            connections=options["connections"],
            database=options["database"],
            output=options["output"],
            pages=page_names(options["pages"]),
            audit=options["lighthouse"],
            publish_seconds=options["publish_seconds"],
        ).run()
