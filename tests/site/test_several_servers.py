"""Two app servers on one PostgreSQL and one Redis agree after a publish; database and Redis outages are survived.

Real services, production settings, gunicorn: the topology of docs/deployment.md in miniature.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.site.services import (
    DATABASE,
    PROJECT_DIR,
    AppServer,
    postgres_cluster,
    prepare_site,
    production_environment,
    redis_server,
)

PUBLISH_NEW_TITLE = """
from pages.models import StandardPage
about = StandardPage.objects.get(slug="about")
about.title_en = "About the ASEAN-Korea Centre"
about.save_revision().publish()
"""

pytestmark = [pytest.mark.services, pytest.mark.slow]


@pytest.fixture(scope="module")
def services():
    # Not under pytest's own temporary folder: the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="akc-services-"))
    folder.chmod(0o755)
    postgres = postgres_cluster(folder / "postgres")
    redis = redis_server()
    environment = production_environment(postgres.url(DATABASE), redis.url(), folder / "var")
    try:
        prepare_site(environment)
        servers = [AppServer(environment), AppServer(environment)]
        yield postgres, servers, environment, redis
        for server in servers:
            server.stop()
    finally:
        redis.stop()
        postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)


def until(condition, seconds=1.0):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_publish_is_seen_by_both_servers_within_a_second(services):
    _postgres, (first, second), environment, _redis = services
    for server in (first, second):
        status, html, _headers = server.get("/en/about/")
        assert status == 200 and "About the Centre" in html
    subprocess.run(  # noqa: S603 -- an editor's publish, in a third process
        [sys.executable, "manage.py", "shell", "-c", PUBLISH_NEW_TITLE], cwd=PROJECT_DIR, env=environment, check=True
    )
    for server in (first, second):
        assert until(lambda server=server: "About the ASEAN-Korea Centre" in server.get("/en/about/")[1])
        menu = server.get("/en/")[1]
        assert "About the ASEAN-Korea Centre" in menu, "the cached menu changed everywhere too"


def test_database_outage_cached_pages_served_others_503_then_recovery(services):
    postgres, (first, _second), _environment, _redis = services
    # In the shared page cache once stored: not within CLOCK_MARGIN_NS of an earlier test's publish.
    assert until(lambda: first.get("/ko/halls/")[2].get("X-Page-Cache") == "hit", seconds=5)
    postgres.stop()
    try:
        status, html, headers = first.get("/ko/halls/")
        assert status == 200 and headers.get("X-Page-Cache") == "hit"
        status, html, headers = first.get("/ko/priorities/economy/?fresh=1")
        assert status == 503 and headers.get("Retry-After") == "30"
        assert 'lang="ko"' in html and "Traceback" not in html
        assert first.get("/readyz")[0] == 503
        assert first.get("/healthz")[0] == 200
    finally:
        postgres.start()
    assert until(lambda: first.get("/ko/priorities/economy/?fresh=2")[0] == 200, seconds=10), "recovers by itself"
    assert first.get("/readyz")[0] == 200


PAGES = ("/en/", "/en/about/", "/ko/halls/", "/en/events/", "/en/priorities/economy/", "/en/search/?q=asean")


def every_page_answers_quickly(servers, label):
    for server in servers:
        for path in PAGES:
            started = time.monotonic()
            status, _html, _headers = server.get(path)
            took = time.monotonic() - started
            assert status == 200 and took < 2, f"{label}: {path} answered {status} in {took:.2f} s"


def readiness(server):
    status, body, _headers = server.get("/readyz")
    return status, json.loads(body)["status"]


def test_redis_frozen_or_stopped_pages_come_from_the_database_then_recovery(services):
    _postgres, servers, _environment, redis = services
    every_page_answers_quickly(servers, "Redis up")
    assert all(readiness(server) == (200, "ready") for server in servers)

    os.kill(redis.process.pid, signal.SIGSTOP)  # hung: connections open, nothing answers
    try:
        every_page_answers_quickly(servers, "Redis frozen")
        assert all(readiness(server) == (200, "degraded") for server in servers), "stays in the load balancer"
    finally:
        os.kill(redis.process.pid, signal.SIGCONT)
    for server in servers:
        assert until(lambda server=server: readiness(server) == (200, "ready"), seconds=10), "recovers by itself"
    first = servers[0]
    assert until(lambda: first.get("/en/about/")[2].get("X-Page-Cache") == "hit", seconds=2), "the page cache again"

    redis.stop()  # stopped: connections refused
    try:
        every_page_answers_quickly(servers, "Redis stopped")
        assert all(readiness(server) == (200, "degraded") for server in servers)
    finally:
        redis.start()
    for server in servers:
        assert until(lambda server=server: readiness(server) == (200, "ready"), seconds=10), "recovers by itself"
