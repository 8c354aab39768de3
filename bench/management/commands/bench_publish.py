import json
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from wagtail.models import Site

from bench.seed import is_bench_database
from programmes.models import EventPage


class Command(BaseCommand):
    help = (
        "Benchmark step: republish an upcoming event every --every seconds for --seconds seconds, as an editor "
        "would, printing one JSON line per publish. Only on a benchmark database; see `manage.py bench`."
    )

    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--every", type=float, default=10.0, help="Seconds between two publishes.")
        parser.add_argument("--seconds", type=float, default=60.0, help="How long to go on publishing.")
        parser.add_argument(
            "--site-address",
            default=None,
            help="host:port the load is sent to; the default site takes it, so warming renders what visitors ask for.",
        )

    def handle(self, *args, every, seconds, site_address, **options):
        if not is_bench_database(connection.settings_dict):
            raise CommandError("Refusing to publish on a database that is not the benchmark's own.")
        if every <= 0 or seconds <= 0:
            raise CommandError("--every and --seconds must be positive.")
        if site_address:
            host, _, port = site_address.rpartition(":")
            Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
        # The upcoming events are those on the home page and in the listings: the publishes that retire most.
        upcoming = EventPage.objects.live().filter(ends_at__gte=timezone.now()).order_by("starts_at")
        events = list(upcoming.values_list("pk", flat=True))
        if not events:
            raise CommandError("No upcoming event to publish.")
        started = time.monotonic()
        number = 0
        while time.monotonic() - started < seconds:
            event = EventPage.objects.get(pk=events[number % len(events)])
            moment = time.monotonic()
            event.save_revision(log_action=True).publish()
            self.stdout.write(
                json.dumps(
                    {
                        "at_s": round(moment - started, 2),
                        "event": event.slug,
                        "publish_ms": round((time.monotonic() - moment) * 1000, 1),
                    }
                )
            )
            self.stdout.flush()
            number += 1
            time.sleep(max(0.0, started + number * every - time.monotonic()))
