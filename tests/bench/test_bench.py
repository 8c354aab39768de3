"""The benchmark's own parts (`make bench`): its fast seeding builds a sound, servable tree, and its
report turns measurements into a table, JSON and a chart. Nothing here is timed."""

import json
import os
import subprocess
import sys
import time

import pytest
from defusedxml import ElementTree

from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import Page

from bench import lighthouse, load, report, servers
from bench.management.commands.bench import page_names
from bench.runner import cpu_per_request
from bench.seed import SHOWCASE_EVENT, Seeder, Volume, check_tree, is_bench_database
from programmes.models import EventPage, ExhibitionPage, HallPage, OpeningException

TINY = Volume(events=50, halls=3, exhibitions=10, images=4)


@pytest.fixture
def seeded(db):
    return Seeder(TINY).seed()


def test_seeding_reaches_the_volume(seeded):
    assert seeded["events"] == TINY.events
    assert seeded["halls"] == TINY.halls
    assert seeded["exhibitions"] == TINY.exhibitions
    assert seeded["images"] == TINY.images
    assert OpeningException.objects.filter(hall__slug__startswith="bench-").exists()


def test_seeded_tree_is_sound_by_treebeard_and_by_the_fast_check(seeded):
    assert all(not ids for ids in Page.find_problems())
    assert all(not ids for ids in check_tree().values())


def test_fast_check_finds_what_treebeard_finds(seeded):
    hall = HallPage.objects.get(slug="bench-hall-00")
    Page.objects.filter(pk=hall.pk).update(numchild=99)
    treebeard_wrong_numchild = set(Page.find_problems()[4])
    assert set(check_tree()["wrong_numchild"]) == treebeard_wrong_numchild == {hall.pk}


def test_seeded_pages_are_live_with_correct_paths_and_translations(seeded):
    event = EventPage.objects.get(slug=f"bench-event-{SHOWCASE_EVENT:05d}")
    assert event.live and event.url_path == "/home/events/bench-event-00025/"
    assert event.get_parent().specific_class.__name__ == "EventIndexPage"
    assert event.title_ko and event.body_en
    thai = EventPage.objects.filter(slug__startswith="bench-", title_th__gt="").first()
    assert thai is not None
    exhibition = ExhibitionPage.objects.filter(slug__startswith="bench-").first()
    assert exhibition.get_parent().specific_class is HallPage


def test_seeded_pages_are_served(seeded, client):
    path = f"/en/events/bench-event-{SHOWCASE_EVENT:05d}/"
    assert client.get(path).status_code == 200
    thai = EventPage.objects.filter(slug__startswith="bench-", title_th__gt="").first()
    response = client.get(f"/th/events/{thai.slug}/")
    assert response.status_code == 200
    assert thai.title_th in response.content.decode()
    assert client.get("/ko/halls/bench-hall-00/").status_code == 200
    assert client.get("/en/events/?when=past").status_code == 200


def test_seeded_events_are_in_the_search_index(seeded):
    with translation.override("en"):
        found = EventPage.objects.live().search("Convention")
        assert len(found) > 0


@pytest.mark.parametrize(
    ("settings_dict", "allowed"),
    [
        ({"ENGINE": "django.db.backends.sqlite3", "NAME": "/srv/akc/var/bench/work/size_50/db.sqlite3"}, True),
        ({"ENGINE": "django.db.backends.sqlite3", "NAME": "/srv/akc/var/db.sqlite3"}, False),
        ({"ENGINE": "django.db.backends.postgresql", "NAME": "bench_size_50"}, True),
        ({"ENGINE": "django.db.backends.postgresql", "NAME": "akc"}, False),
    ],
)
def test_only_a_bench_database_may_be_seeded(settings_dict, allowed):
    assert is_bench_database(settings_dict) is allowed


# The report, from made-up measurements ----------------------------------------------------------


def timing(rps, p50, p99=None, page_cache="off", cpu_ms=None):
    return {
        "requests": int(rps * 3),
        "rps": rps,
        "p50_ms": p50,
        "p90_ms": p50,
        "p99_ms": p99 or p50 * 2,
        "errors": 0,
        "page_cache": page_cache,
        "cpu_ms": p50 / 2 if cpu_ms is None else cpu_ms,
    }


def fake_size(events, home_queries=10, home_p50=20.0, cached_rps=900.0):
    def page(name, lang, queries, p50, rps, cache="hit", status=200):
        entry = {
            "name": name,
            "lang": lang,
            "path": f"/{lang}/{name}/",
            "status": status,
            "queries": queries,
            "bytes": 15000,
        }
        if status == 200:
            entry["uncached"] = timing(1000 / p50, p50)
            entry["cached"] = timing(rps, 2.0, page_cache=cache)
        return entry

    return {
        "events": events,
        "counts": {"events": events, "halls": 2, "exhibitions": 6, "images": 10, "pages": events + 20},
        "seed_seconds": 1.5,
        "ceiling": timing(1500.0, 1.2),
        "pages": [
            page("home", "en", home_queries, home_p50, cached_rps),
            page("home", "ko", 10, 21.0, 950.0),
            page("search", "en", 7, 30.0, 30.0, cache="none"),
            page("archive", "en", 0, 0, 0, status=404),
        ],
    }


@pytest.fixture
def results():
    results = {
        "method": {"database": "sqlite", "cache": "redis", "load": "wrk"},
        "sizes": [fake_size(50), fake_size(10000, home_queries=14, home_p50=45.0, cached_rps=600.0)],
    }
    results["targets"] = report.check_targets(results)
    return results


def test_targets_name_the_pages_that_miss_them(results):
    queries, latency, cpu, cached, answered = results["targets"]
    assert not cpu["met"]  # the home page's 22.5 ms and the search's 15 ms are under 20 but over 12
    assert cpu["misses"] == ["/en/home/ at 10000: 22.5 ms of CPU (≤ 12)"]
    assert not queries["met"]
    assert any("14 queries" in miss for miss in queries["misses"])
    assert any("10 queries at 50, 14 at 10000" in miss for miss in queries["misses"])
    assert not latency["met"] and "/en/home/" in latency["misses"][0]
    assert not cached["met"] and cached["misses"] == ["/en/home/ at 10000: 40% of the ceiling"]
    assert cached["not_page_cached"] == ["/en/search/"]
    assert not answered["met"] and "/en/archive/ (404)" in answered["misses"]


def test_targets_met_when_nothing_grows():
    results = {"sizes": [fake_size(50), fake_size(10000)]}
    queries, latency, cpu, cached, _answered = report.check_targets(results)
    assert queries["met"] and latency["met"] and cpu["met"] and cached["met"]


def test_table_has_a_row_per_page_with_ratios_to_the_ceiling(results):
    table = report.format_table(results)
    home_row = next(line for line in table.splitlines() if line.startswith("home") and " en " in line)
    assert "60%" in home_row  # 900 cached rps of a 1,500 rps ceiling
    assert "10000 events" in table
    assert "[MISSED]" in table
    assert "archive" in table  # listed, though not measured
    assert "unc cpu" in table and "22.5" in table  # the home page's CPU per request at 10,000 events


def test_cpu_of_the_workers_is_read_from_proc(tmp_path):
    # A worker whose command name holds a space and a bracket, a worker, and a process of another parent.
    for pid, name, ppid, utime, stime in [(11, "gunicorn: (w) 1", 10, 150, 50), (12, "gunicorn", 10, 30, 20)]:
        (tmp_path / str(pid)).mkdir()
        rest = " ".join(["S", str(ppid), *["0"] * 9, str(utime), str(stime), "0", "0"])
        (tmp_path / str(pid) / "stat").write_text(f"{pid} ({name}) {rest}\n")
    (tmp_path / "13").mkdir()
    (tmp_path / "13" / "stat").write_text("13 (redis) S 1 " + "0 " * 9 + "900 900 0 0\n")
    assert servers.workers_cpu_seconds(10, proc=tmp_path) == 250 / servers.CLOCK_TICKS
    assert servers.workers_cpu_seconds(99, proc=tmp_path) == 0


def test_cpu_per_request_is_the_workers_time_shared_over_the_requests():
    assert cpu_per_request(2.5, 1000) == 2.5
    assert cpu_per_request(1.0, 0) is None  # wrk completed nothing: no figure rather than a division by zero


def test_real_worker_cpu_time_grows_with_work():
    child = subprocess.Popen([sys.executable, "-c", "sum(range(30_000_000)); import time; time.sleep(5)"])
    try:
        deadline = time.monotonic() + 10
        while servers.workers_cpu_seconds(os.getpid()) < 0.05 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert servers.workers_cpu_seconds(os.getpid()) >= 0.05
    finally:
        child.kill()
        child.wait()


def test_json_and_chart_are_written(results, tmp_path):
    paths = report.write_all(results, tmp_path)
    assert {path.name for path in paths} == {"results.json", "report.txt", "latency.svg"}
    assert json.loads((tmp_path / "results.json").read_text())["sizes"][1]["events"] == 10000
    svg = ElementTree.fromstring((tmp_path / "latency.svg").read_text())
    assert svg.tag.endswith("svg")
    assert "home" in (tmp_path / "latency.svg").read_text()


def test_wrk_report_line_is_read():
    output = (
        "Running 3s test @ http://127.0.0.1:8000/en/\n"
        'BENCH-JSON {"requests": 3000, "duration_us": 3000000, "bytes": 4500000, '
        '"latency_us": {"p50": 2100, "p90": 3000, "p99": 9000, "max": 12000, "mean": 2500.0}, '
        '"errors": {"connect": 0, "read": 0, "write": 0, "status": 2, "timeout": 0}}\n'
    )
    summary = load.summarise(load.parse_report(output))
    assert summary == {"requests": 3000, "rps": 1000.0, "p50_ms": 2.1, "p90_ms": 3.0, "p99_ms": 9.0, "errors": 2}


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        (["--sizes", "ten"], "--sizes takes numbers"),
        (["--sizes", "0"], "at least one positive"),
        (["--pages", "home,cafeteria"], "not cafeteria"),
        (["--pages", " , "], "--pages takes names"),
    ],
)
def test_bench_command_refuses_bad_arguments_before_starting_anything(arguments, problem):
    with pytest.raises(CommandError, match=problem):
        call_command("bench", *arguments)


def test_bench_page_choice_keeps_the_order_and_names_of_the_run():
    assert page_names(None) is None
    assert page_names("search, home") == ["search", "home"]


def lighthouse_report(scores, lost_audit=None):
    """A Lighthouse JSON report cut down to what the benchmark reads."""
    audits = {"first-contentful-paint": {"title": "First Contentful Paint", "score": 1}}
    references = [{"id": "first-contentful-paint", "weight": 10}]
    if lost_audit:
        audits["color-contrast"] = {"title": lost_audit, "score": 0}
        references.append({"id": "color-contrast", "weight": 7})
    return {
        "categories": {
            name: {"score": score / 100, "auditRefs": references if name == "accessibility" else []}
            for name, score in scores.items()
        },
        "audits": audits,
    }


def test_lighthouse_report_gives_scores_and_the_audits_that_cost_points():
    scores = {"performance": 99, "accessibility": 91, "best-practices": 100, "seo": 100}
    summary, lost = lighthouse.summarise(lighthouse_report(scores, lost_audit="Contrast is too low"))
    assert summary == scores
    assert lost == ["accessibility: Contrast is too low"]


def test_lighthouse_scores_are_the_median_of_the_runs():
    runs = [
        {"scores": {"performance": performance, "accessibility": 100, "best-practices": 100, "seo": seo}}
        for performance, seo in ((97, 92), (100, 100), (88, 100))
    ]
    assert lighthouse.median_scores(runs) == {
        "performance": 97,
        "accessibility": 100,
        "best-practices": 100,
        "seo": 100,
    }


def test_lighthouse_target_names_pages_below_100_and_pages_not_audited(results):
    perfect = dict.fromkeys(lighthouse.CATEGORIES, 100)
    results["lighthouse"] = {
        "version": lighthouse.VERSION,
        "events": 10000,
        "runs": 3,
        "pages": [
            {"name": "home", "lang": "en", "path": "/en/", "median": perfect, "lost": []},
            {
                "name": "hall",
                "lang": "ko",
                "path": "/ko/halls/seoul/",
                "median": {**perfect, "seo": 92},
                "lost": ["seo: Links do not have descriptive text"],
            },
            {"name": "event", "lang": "en", "path": "/en/events/x/", "error": "Lighthouse failed 3 times: NO_NAVSTART"},
        ],
    }
    target = report.check_targets(results)[-1]
    assert target["target"].startswith("Lighthouse") and not target["met"]
    assert target["misses"] == [
        "/ko/halls/seoul/: seo 92; lost on: seo: Links do not have descriptive text",
        "/en/events/x/: not audited (Lighthouse failed 3 times: NO_NAVSTART)",
    ]
    table = report.format_table({**results, "targets": report.check_targets(results)})
    assert "hall              ko     100   100   100    92" in table


def test_without_lighthouse_there_is_no_lighthouse_target(results):
    assert not any(target["target"].startswith("Lighthouse") for target in report.check_targets(results))


def test_a_failing_lighthouse_run_is_repeated_then_reported(monkeypatch):
    calls = []

    def fake_run(command, **kwargs):
        calls.append(command)
        return subprocess.CompletedProcess(command, 1, "", "Runtime error encountered: (NO_NAVSTART)\n")

    monkeypatch.setattr(lighthouse.subprocess, "run", fake_run)
    monkeypatch.setenv("CHROME_PATH", "/usr/bin/chromium")
    with pytest.raises(RuntimeError, match=r"failed 3 times: Runtime error encountered: \(NO_NAVSTART\)"):
        lighthouse.run_once(["lighthouse", "http://127.0.0.1/"])
    assert len(calls) == 3
