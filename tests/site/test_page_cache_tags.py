"""The page cache with cache tags: a publish retires only the pages that show what changed."""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.test import override_settings
from django.utils import timezone, translation

from akc_site import cache_tags
from akc_site.content_version import content_version
from pages.cdn import HTTPPurgeBackend
from pages.warming import addresses_to_warm
from programmes.models import HallPage
from tests import factories

LANGUAGES = ("en", "ko")


@pytest.fixture(autouse=True)
def page_cache_on(monkeypatch):
    # No warming here unless a test asks: it would make a retired page a hit again at once. No
    # margin for the clocks of other servers either: a page published by a fixture a moment ago
    # would keep everything that shows it from being stored for two seconds.
    monkeypatch.setattr(cache_tags, "CLOCK_MARGIN_NS", 0)
    with override_settings(PAGE_CACHE_SECONDS=3600, PAGE_CACHE_WARM_REQUESTS=0):
        yield


def path(page, language):
    with translation.override(language):
        return page.get_url()


def state(client, page, language, **extra):
    """'hit', 'miss' (rendered and stored) or 'uncached' (rendered, not stored)."""
    response = client.get(path(page, language), **extra)
    assert response.status_code == 200, path(page, language)
    return response.get("X-Page-Cache", "uncached")


@pytest.fixture
def jeju_hall(hall_index):
    return factories.HallPageFactory(parent=hall_index, title="Jeju hall", slug="jeju-hall")


@pytest.fixture
def culture(priority_index):
    return factories.PriorityPageFactory(parent=priority_index, title="Culture", slug="culture-priority")


@pytest.fixture
def listed_event(make_event, seoul_hall, priority):
    event = make_event(title="Listed forum", hall=seoul_hall, priority=priority)
    event.save_revision().publish()
    return event


@pytest.fixture
def unrelated_event(make_event, jeju_hall, culture):
    event = make_event(title="Unrelated concert", hall=jeju_hall, priority=culture)
    event.save_revision().publish()
    return event


def test_publishing_a_listed_event_retires_only_the_pages_that_show_it(
    client, home, greeting, event_index, listed_event, unrelated_event, seoul_hall, jeju_hall, priority
):
    retired = {"home": home, "event list": event_index, "event": listed_event, "hall": seoul_hall, "priority": priority}
    kept = {"greeting": greeting, "other hall": jeju_hall, "unrelated event": unrelated_event}
    pages = {**retired, **kept}
    for language in LANGUAGES:
        for name, page in pages.items():
            assert state(client, page, language) == "miss", (name, language)
        for name, page in pages.items():
            assert state(client, page, language) == "hit", (name, language)
    version = content_version()

    with translation.override("en"):
        listed_event.title = "Listed forum, new time"
        listed_event.save_revision().publish()

    assert content_version() == version, "no global bump for an event"
    for language in LANGUAGES:
        for name, page in kept.items():
            assert state(client, page, language) == "hit", (name, language)
        for name, page in retired.items():
            assert state(client, page, language) != "hit", (name, language)
    with translation.override("en"):
        assert b"Listed forum, new time" in client.get(path(event_index, "en")).content


@pytest.mark.skipif(
    not hasattr(factories.EventPageFactory._meta.model, "cache_listing_tags"),
    reason="a new event joins listings through its listing tags (cache_listing_tags of the page models)",
)
def test_a_new_event_joins_the_home_page_and_the_event_list(client, home, event_index, make_event):
    for page in (home, event_index):
        assert state(client, page, "en") == "miss"
    event = make_event(title="Brand-new forum", starts_at=timezone.now() + datetime.timedelta(hours=3))
    event.save_revision().publish()
    for page in (home, event_index):
        assert b"Brand-new forum" in client.get(path(page, "en")).content


def test_publishing_the_home_page_or_a_menu_page_retires_everything(client, greeting, event_index):
    assert state(client, greeting, "en") == "miss"
    version = content_version()
    event_index.save_revision().publish()  # directly under home: the main menu shows it
    assert content_version() != version
    assert state(client, greeting, "en") != "hit"


def test_unpublishing_and_deleting_an_event_retire_its_pages(client, event_index, listed_event, unrelated_event):
    for page in (event_index, unrelated_event):
        assert state(client, page, "en") == "miss"
    listed_event.unpublish()
    assert state(client, event_index, "en") != "hit"
    assert state(client, unrelated_event, "en") == "hit"
    unrelated_event.delete()
    assert b"Unrelated concert" not in client.get(path(event_index, "en")).content


def test_moving_a_hall_retires_it_and_its_exhibitions(client, hall_index, seoul_hall, jeju_hall, greeting):
    exhibition = factories.ExhibitionPageFactory(parent=seoul_hall, title="Moving exhibition")
    for page in (exhibition, greeting):
        assert state(client, page, "en") == "miss"
    exhibition.move(jeju_hall, pos="last-child")
    exhibition.refresh_from_db()
    assert state(client, exhibition, "en") != "hit", "its address and breadcrumbs changed"
    assert state(client, greeting, "en") == "hit"


def test_a_menu_from_the_cache_notes_its_pages_on_a_hit(rf, home, event_index):
    from pages.navigation import main_menu_items

    request = rf.get("/en/")
    with cache_tags.collecting() as first:
        main_menu_items(request)
    with cache_tags.collecting() as second, override_settings(DEBUG=False):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            items = main_menu_items(request)
    assert len(queries) == 0, "served from the cache"
    assert cache_tags.page_tag(event_index) in first.tags
    assert second.tags == first.tags, "the page showing the cached menu is tagged with its pages"
    assert any(url_path == event_index.url_path for _title, _url, url_path in items)


def test_a_cached_value_retires_with_its_pages(home, event_index):
    from akc_site.content_version import cached

    calls = []

    def compute():
        calls.append(1)
        return event_index.__class__.objects.get(pk=event_index.pk).title

    assert cached("test-title", compute) == cached("test-title", compute)
    assert len(calls) == 1
    cache_tags.retire([cache_tags.page_tag(event_index)])
    cached("test-title", compute)
    assert len(calls) == 2


def test_a_response_rendered_while_a_tag_was_retired_is_not_stored(client, about, monkeypatch):
    from akc_site import page_cache

    render = page_cache.PageCacheMiddleware.__call__

    original_get_response = None

    def retiring(request):
        response = original_get_response(request)
        cache_tags.retire([cache_tags.page_tag(about)])  # an editor publishes meanwhile
        return response

    def call(self, request):
        nonlocal original_get_response
        original_get_response = self.get_response
        self.get_response = retiring
        try:
            return render(self, request)
        finally:
            self.get_response = original_get_response

    monkeypatch.setattr(page_cache.PageCacheMiddleware, "__call__", call)
    assert state(client, about, "en") == "uncached"
    assert state(client, about, "en") == "uncached", "nothing was stored"


def test_an_entry_expires_when_what_it_shows_changes_with_the_clock(client, about, monkeypatch):
    from akc_site import page_cache

    stored = {}
    set_entry = page_cache.cache.set

    def spy(key, value, timeout=None, **kwargs):
        stored[key] = timeout
        return set_entry(key, value, timeout, **kwargs)

    monkeypatch.setattr(page_cache.cache, "set", spy)
    soon = timezone.now() + datetime.timedelta(minutes=10)
    monkeypatch.setattr(
        "pages.models.StandardPage.get_context",
        lambda self, request, *args, **kwargs: (
            cache_tags.changes_at(soon) or super(type(self), self).get_context(request, *args, **kwargs)
        ),
    )
    assert state(client, about, "en") == "miss"
    timeout = stored[page_cache.entry_key(f"http://testserver{path(about, 'en')}", "")]
    assert 590 <= timeout <= 600

    monkeypatch.setattr(
        "pages.models.StandardPage.get_context",
        lambda self, request, *args, **kwargs: (
            cache_tags.changes_at(timezone.now() + datetime.timedelta(seconds=0.5))
            or super(type(self), self).get_context(request, *args, **kwargs)
        ),
    )
    page_cache.cache.clear()
    assert state(client, about, "en") == "uncached", "it would change within a second"


def test_responses_carry_their_tags_for_a_cdn(client, event_index, listed_event):
    response = client.get(path(event_index, "en"))
    tags = response["Cache-Tag"].split(",")
    assert cache_tags.page_tag(listed_event) in tags and cache_tags.page_tag(event_index) in tags
    assert response["Surrogate-Key"].split(" ") == tags
    assert client.get(path(event_index, "en"))["Cache-Tag"] == response["Cache-Tag"], "a hit carries them too"


def test_the_tag_header_is_capped(monkeypatch):
    from akc_site import page_cache

    tags = {"list:events", *(cache_tags.page_tag(number) for number in range(400))}
    monkeypatch.setattr(page_cache, "MAX_TAG_HEADER_LENGTH", 200)
    headers = page_cache.tag_headers(tags)
    assert len(headers["Cache-Tag"]) <= 200
    kept = headers["Cache-Tag"].split(",")
    assert kept[0] == "list:events" and "page:0" in kept and cache_tags.ANY_PAGE_TAG in kept
    assert "page:399" not in kept


def test_many_page_tags_are_recorded_as_any_page():
    tags = {cache_tags.page_tag(number) for number in range(cache_tags.MAX_PAGE_TAGS + 1)}
    assert cache_tags.condensed(tags | {"list:news"}) == {cache_tags.ANY_PAGE_TAG, "list:news"}


class RecordingCDN(BaseHTTPRequestHandler):
    requests = []

    def do_PURGE(self):
        RecordingCDN.requests.append((self.path, self.headers))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    RecordingCDN.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingCDN)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_publish_purges_its_tags_in_one_request(purge_server, listed_event):
    location = f"http://127.0.0.1:{purge_server.server_port}"
    backend = {"BACKEND": "pages.cdn.HTTPPurgeBackend", "LOCATION": location, "TAG_HEADER": "xkey-purge"}
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend}):
        listed_event.save_revision().publish()
    assert len(RecordingCDN.requests) == 1, "by tag, not by address"
    path_purged, headers = RecordingCDN.requests[0]
    assert path_purged == "/"
    assert cache_tags.page_tag(listed_event) in headers["xkey-purge"].split(" ")


def test_without_a_tag_header_the_backend_purges_by_address(purge_server):
    backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{purge_server.server_port}"})
    assert not backend.purges_tags
    tagged = HTTPPurgeBackend({"LOCATION": "http://127.0.0.1:1", "TAG_HEADER": "xkey-purge"})
    assert tagged.purges_tags


def test_warming_after_a_publish_stores_home_sections_and_the_page(
    client, home, event_index, listed_event, monkeypatch
):
    # The real margin: the warming task knows its renders started after the publish's retirement.
    monkeypatch.setattr(cache_tags, "CLOCK_MARGIN_NS", 2_000_000_000)
    with override_settings(PAGE_CACHE_WARM_REQUESTS=40):
        listed_event.save_revision().publish()
        for language in LANGUAGES:
            for page in (home, event_index, listed_event):
                # The site's address, which the task requested (the test client's default is testserver).
                assert state(client, page, language, HTTP_HOST="localhost") == "hit", (page, language)


def test_warming_is_bounded_and_orders_home_and_sections_first(home, listed_event):
    with override_settings(PAGE_CACHE_WARM_REQUESTS=40):
        addresses = addresses_to_warm(listed_event)
    assert len(addresses) <= 40
    assert addresses[0] == "http://localhost/en/"
    assert addresses[-10:] == [f"http://localhost{path(listed_event, language)}" for language in _languages()]
    assert "http://localhost/ko/events/" in addresses, "the page's own section is warmed"


def _languages():
    from akc_site.languages import LANGUAGE_CODES

    return LANGUAGE_CODES


def test_warming_is_off_with_the_page_cache(listed_event, monkeypatch):
    from pages import warming

    requested = []
    monkeypatch.setattr(warming, "request_page", lambda client, address: requested.append(address))
    with override_settings(PAGE_CACHE_SECONDS=0, PAGE_CACHE_WARM_REQUESTS=40):
        listed_event.save_revision().publish()
        assert warming.warm_after_publish.call(listed_event.pk) == 0
    assert requested == []


def test_a_failing_warm_request_is_logged_not_raised(listed_event, monkeypatch, caplog):
    from pages import warming

    def broken(self, *args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr(HallPage, "serve", broken)
    monkeypatch.setattr(warming, "addresses_to_warm", lambda page: ["http://localhost/en/halls/seoul/"])
    with override_settings(PAGE_CACHE_WARM_REQUESTS=40):
        assert warming.warm_after_publish.call(listed_event.pk) == 0
    assert "Could not warm http://localhost/en/halls/seoul/" in caplog.text


def test_a_cache_outage_still_serves_pages(client, about, monkeypatch):
    class BrokenCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache server unreachable")

        get_many = set = set_many = add = incr = get

    monkeypatch.setattr("akc_site.page_cache.cache", BrokenCache())
    monkeypatch.setattr("akc_site.cache_tags.cache", BrokenCache())
    monkeypatch.setattr("akc_site.content_version.cache", BrokenCache())
    response = client.get(path(about, "en"))
    assert response.status_code == 200 and "X-Page-Cache" not in response
    about.save_revision().publish()  # retiring its tags fails quietly
