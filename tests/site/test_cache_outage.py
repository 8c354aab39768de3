"""Redis unreachable: production's cache settings with nothing listening; the site runs from the database.

No Redis server is needed: a free port refuses at once. tests/site/test_several_servers.py stops and
freezes a real Redis under gunicorn.
"""

import logging
import time

import pytest

from django.test import Client

from akc_site.settings.base import redis_cache
from bench.servers import free_port


@pytest.fixture
def redis_unreachable(settings):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{free_port()}/0")}
    settings.PAGE_CACHE_SECONDS = 3600


def test_pages_are_served_from_the_database(client, about, redis_unreachable):
    for path in ("/en/", "/en/about/", "/ko/about/", "/en/about/"):
        started = time.monotonic()
        response = client.get(path)
        assert response.status_code == 200, path
        assert time.monotonic() - started < 2
    assert b"About" in response.content


def test_readyz_says_degraded_but_stays_in_the_load_balancer(client, db, redis_unreachable):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": True, "cache": False}


@pytest.mark.parametrize(
    "engine", ["django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"]
)
def test_signed_in_editors_keep_working(settings, editor, redis_unreachable, engine):
    settings.SESSION_ENGINE = engine
    editor_client = Client()
    editor_client.force_login(editor)
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert editor_client.post("/admin/logout/").status_code == 302
    assert editor_client.get("/admin/").status_code == 302, "signed out"


def test_the_outage_is_one_warning_not_a_traceback_per_request(client, about, redis_unreachable, caplog):
    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            assert client.get("/en/about/").status_code == 200
    records = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(records) == 1, [record.getMessage() for record in records]
    assert records[0].levelno == logging.WARNING and records[0].exc_info is None
    assert "Cache unreachable" in records[0].getMessage()
