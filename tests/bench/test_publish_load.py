"""The "publish during load" scenario of `make bench`: the editor's step publishes, wrk's script counts
the page cache's answers, the report checks the issue's target. Nothing here is timed."""

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Site

from bench import publish_load, report
from bench.management.commands import bench_publish
from programmes.models import EventPage
from tests.factories import EventPageFactory


@pytest.fixture
def bench_database(monkeypatch):
    monkeypatch.setattr(bench_publish, "is_bench_database", lambda settings_dict: True)


def test_publisher_refuses_a_database_that_is_not_the_benchmarks(db):
    with pytest.raises(CommandError, match="not the benchmark's own"):
        call_command("bench_publish", every=0.01, seconds=0.01)


@pytest.mark.parametrize("arguments", [{"every": 0}, {"seconds": -1}])
def test_publisher_refuses_a_pace_that_is_not_positive(db, bench_database, arguments):
    with pytest.raises(CommandError, match="positive"):
        call_command("bench_publish", **{"every": 1, "seconds": 1, **arguments})


@pytest.fixture
def no_events(db):
    """The test database's initial content has events of its own."""
    for event in EventPage.objects.all():
        event.delete()


def test_publisher_without_upcoming_events_says_so(no_events, bench_database):
    with pytest.raises(CommandError, match="No upcoming event"):
        call_command("bench_publish", every=0.01, seconds=0.01)


def test_publisher_republishes_upcoming_events_in_turn_and_points_the_site_at_the_load(
    no_events, event_index, bench_database
):
    events = EventPageFactory.create_batch(2, parent=event_index)
    output = StringIO()
    call_command("bench_publish", every=0.01, seconds=0.5, site_address="127.0.0.1:8123", stdout=output)
    publishes = [json.loads(line) for line in output.getvalue().splitlines()]
    assert len(publishes) >= 2
    assert {publish["event"] for publish in publishes} == {event.slug for event in events}
    assert all(publish["publish_ms"] >= 0 for publish in publishes)
    for event in events:
        event.refresh_from_db()
        assert event.live_revision is not None and event.live
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)


def scenario(**figures):
    return {
        "events": 10000,
        "pages": 18,
        "seconds": 60,
        "publish_every_s": 10,
        "requests": 60000,
        "rps": 1000.0,
        "p50_ms": 2.0,
        "p90_ms": 4.0,
        "p99_ms": 40.0,
        "errors": 0,
        "page_cache": {"hit": 57000, "miss": 3000, "none": 0},
        "cached_share": 0.95,
        "publishes": [{"at_s": 0.0, "event": "bench-event-09990", "publish_ms": 120.0}],
        **figures,
    }


def test_target_met_with_enough_hits_and_a_short_tail():
    [result] = publish_load.check_target(scenario())
    assert result["met"] and result["misses"] == []


def test_target_names_what_misses():
    [result] = publish_load.check_target(scenario(cached_share=0.8, p99_ms=150.0, publishes=[]))
    assert not result["met"]
    assert result["misses"] == [
        "80.0% of the responses from the page cache",
        "p99 150.0 ms",
        "no publish happened during the load",
    ]


def test_report_shows_the_scenario_and_its_target():
    results = {"sizes": [], "publish_during_load": scenario(), "targets": publish_load.check_target(scenario())}
    table = report.format_table(results)
    assert "Publish during load at 10000 events: 18 pages in turn for 60 s" in table
    assert "from the page cache 95.0% (hit 57000, miss 3000, other 0)" in table
    assert "[met] publish during load at 10000 events" in table


def test_search_is_not_under_load_as_it_is_never_page_cached():
    pages = [
        {"name": "home", "path": "/en/", "status": 200},
        {"name": "search", "path": "/en/search/?q=x", "status": 200},
        {"name": "event", "path": "/en/events/gone/", "status": 404},
    ]
    assert publish_load.paths_under_load(pages) == ["/en/"]


class CacheHeaders(BaseHTTPRequestHandler):
    """Answers /hit with "X-Page-Cache: hit", /miss with "miss", anything else without the header."""

    def do_GET(self):  # the name http.server calls
        self.send_response(200)
        if self.path in ("/hit", "/miss"):
            self.send_header("X-Page-Cache", self.path[1:])
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.mark.slow
@pytest.mark.services
@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed (make bench installs it)")
def test_wrk_script_counts_the_page_caches_answers_over_every_path():
    server = ThreadingHTTPServer(("127.0.0.1", 0), CacheHeaders)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        result = publish_load.drive_mixed(shutil.which("wrk"), url, ["/hit", "/hit", "/miss", "/other"], 1, 2)
    finally:
        server.shutdown()
    counted = result["page_cache"]
    assert sum(counted.values()) == result["requests"] > 0
    # The paths are taken in turn: half the responses are hits, a quarter misses, a quarter neither.
    assert counted["hit"] == pytest.approx(result["requests"] / 2, abs=4)
    assert counted["miss"] == pytest.approx(result["requests"] / 4, abs=4)
    assert result["cached_share"] == pytest.approx(0.5, abs=0.01)
