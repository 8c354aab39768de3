"""The "publish during load" scenario (issue 19): visitors on every page type while an editor publishes.

With the page cache on and the worker running (it warms what a publish retired), wrk requests every
cacheable page of the run in turn, in both languages, for a minute, while `bench_publish` republishes
an upcoming event every ten seconds. What the visitors got is the measure: the share of responses the
page cache answered, and the latency percentiles over the whole minute. Search is left out: it is
never page-cached, so it says nothing about what a publish retires.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import load

MIXED_SCRIPT = Path(__file__).with_name("wrk_mixed.lua")
DEFAULT_SECONDS = 60
PUBLISH_EVERY = 10
MIN_CACHED_SHARE = 0.9
MAX_P99_MS = 100
NOT_PAGE_CACHED = ("search",)


def paths_under_load(pages):
    return [page["path"] for page in pages if page.get("status") == 200 and page["name"] not in NOT_PAGE_CACHED]


def drive_mixed(wrk, base_url, paths, seconds, connections):
    """wrk over `paths` in turn: its usual figures plus how many responses were cache hits."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        command = [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(MIXED_SCRIPT)]
        output = subprocess.run(  # noqa: S603
            [*command, base_url],
            capture_output=True,
            text=True,
            check=True,
            env={"BENCH_PATHS": listing.name, "PATH": "/usr/bin:/bin"},
        ).stdout
    finally:
        Path(listing.name).unlink(missing_ok=True)
    return summarise(load.parse_report(output))


def summarise(raw):
    result = load.summarise(raw)
    counted = raw["page_cache"]
    answered = sum(counted.values())
    result["page_cache"] = counted
    result["cached_share"] = round(counted["hit"] / answered, 4) if answered else 0.0
    return result


def run_scenario(wrk, server, paths, publisher_command, worker_command, environment, seconds, connections):
    """Start the worker and the editor, drive the load, stop them; the load's figures and the publishes.

    The tasks queued while the site was built (search and reference indexing of every page) are run
    first, so the minute measures the publishes' own work and not a backlog.
    """
    subprocess.run(  # noqa: S603
        manage_command("db_worker", "--batch", "--no-startup-delay"),
        env=environment,
        check=True,
        capture_output=True,
    )
    worker = subprocess.Popen(worker_command, env=environment, stdout=subprocess.DEVNULL)  # noqa: S603
    publisher = subprocess.Popen(  # noqa: S603
        publisher_command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        result = drive_mixed(wrk, server.url(""), paths, seconds, connections)
        output, errors = publisher.communicate(timeout=seconds + 60)
        if publisher.returncode != 0:
            raise RuntimeError(f"bench_publish failed:\n{errors}")
    finally:
        for process in (publisher, worker):
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
    result["publishes"] = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    result["pages"] = len(paths)
    result["seconds"] = seconds
    result["publish_every_s"] = PUBLISH_EVERY
    return result


def manage_command(*arguments):
    return [sys.executable, "manage.py", *arguments]


def check_target(scenario):
    """The issue's target for the scenario, at the largest size: ≥ 90 % cached, p99 under 100 ms."""
    if not scenario:
        return []
    misses = []
    if scenario["cached_share"] < MIN_CACHED_SHARE:
        misses.append(f"{scenario['cached_share']:.1%} of the responses from the page cache")
    if scenario["p99_ms"] >= MAX_P99_MS:
        misses.append(f"p99 {scenario['p99_ms']:.1f} ms")
    if not scenario["publishes"]:
        misses.append("no publish happened during the load")
    return [
        {
            "target": f"publish during load at {scenario['events']} events: ≥ {MIN_CACHED_SHARE:.0%} of the "
            f"responses from the page cache and p99 under {MAX_P99_MS} ms",
            "met": not misses,
            "misses": misses,
        }
    ]


def format_lines(scenario):
    if not scenario:
        return []
    publish_times = [publish["publish_ms"] for publish in scenario["publishes"]]
    counted = scenario["page_cache"]
    return [
        "",
        f"Publish during load at {scenario['events']} events: {scenario['pages']} pages in turn for "
        f"{scenario['seconds']} s, an event republished every {scenario['publish_every_s']} s "
        f"({len(publish_times)} publishes, {max(publish_times, default=0):.0f} ms at most each), worker running:",
        f"  {scenario['requests']} requests, {scenario['rps']:.0f} rps; from the page cache "
        f"{scenario['cached_share']:.1%} (hit {counted['hit']}, miss {counted['miss']}, other {counted['none']}); "
        f"p50 {scenario['p50_ms']:.1f} ms, p90 {scenario['p90_ms']:.1f} ms, p99 {scenario['p99_ms']:.1f} ms"
        + (f", {scenario['errors']} errors" if scenario["errors"] else ""),
    ]
