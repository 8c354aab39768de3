"""Publishing purges the page and its home page from a CDN, in every language, after the commit."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.test import override_settings

from wagtail.contrib.frontend_cache.backends import BaseBackend

from akc_site.content_version import content_version
from akc_site.languages import LANGUAGE_CODES
from pages.cdn import HTTPPurgeBackend

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@override_settings(WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.site.test_cdn_purge.RecordingBackend"}})
def test_publishing_purges_every_language_of_the_page_and_home(about):
    PURGED.clear()
    about.save_revision().publish()
    for language in LANGUAGE_CODES:
        assert f"http://localhost/{language}/about/" in PURGED
        assert f"http://localhost/{language}/" in PURGED


@override_settings(WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.site.test_cdn_purge.RecordingBackend"}})
def test_publishing_an_event_purges_its_calendar(make_event):
    event = make_event(slug="cdn-forum")
    PURGED.clear()
    event.save_revision().publish()
    for language in LANGUAGE_CODES:
        assert f"http://localhost/{language}/events/cdn-forum/" in PURGED
        assert f"http://localhost/{language}/events/cdn-forum/calendar.ics" in PURGED
    assert len(PURGED) == len(set(PURGED)), "each address is purged once"


@override_settings(WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.site.test_cdn_purge.RecordingBackend"}})
def test_publishing_the_listing_purges_its_calendar_and_feed(event_index):
    PURGED.clear()
    event_index.save_revision().publish()
    for language in LANGUAGE_CODES:
        for path in ("", "calendar.ics", "feed.atom"):
            assert f"http://localhost/{language}/events/{path}" in PURGED


@override_settings(WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.site.test_cdn_purge.RecordingBackend"}})
def test_unpublishing_purges_too(about):
    PURGED.clear()
    about.unpublish()
    assert "http://localhost/th/about/" in PURGED
    assert "http://localhost/th/" in PURGED


def test_nothing_is_purged_without_a_cdn(about):
    PURGED.clear()
    about.save_revision().publish()
    assert PURGED == []


@pytest.mark.commits
@override_settings(WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.site.test_cdn_purge.RecordingBackend"}})
def test_the_purge_and_the_content_version_wait_for_the_commit(about, django_capture_on_commit_callbacks):
    PURGED.clear()
    version = content_version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        about.save_revision().publish()
    assert PURGED == [] and content_version() == version, "nothing outside the database hears of it yet"
    for callback in callbacks:  # the commit
        callback()
    assert "http://localhost/en/about/" in PURGED and "http://localhost/en/" in PURGED
    assert content_version() != version


class SlowCDN(BaseHTTPRequestHandler):
    def do_PURGE(self):
        time.sleep(3)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_purge_gives_up_after_its_timeout_and_logs_it(caplog):
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowCDN)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{server.server_port}", "TIMEOUT": 0.3})
        started = time.monotonic()
        backend.purge("https://www.example.org/en/about/")
        assert time.monotonic() - started < 2
    finally:
        server.shutdown()
        server.server_close()
    assert "Could not purge https://www.example.org/en/about/" in caplog.text
