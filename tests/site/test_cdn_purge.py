"""Publishing purges the page and its home page from a CDN, in every language."""

from django.test import override_settings

from wagtail.contrib.frontend_cache.backends import BaseBackend

from akc_site.languages import LANGUAGE_CODES

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
