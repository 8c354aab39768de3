"""The page cache: anonymous pages served from it, invalidated on publishing, never for editors.

Which pages a publish retires (cache tags): tests/site/test_page_cache_tags.py."""

import datetime

import pytest

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from pages.models import StandardPage


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=3600):
        yield


def get(client, path, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    return response, len(queries)


def test_second_visit_is_served_from_the_cache_without_the_database(client, db):
    first, _ = get(client, "/ko/about/")
    second, queries = get(client, "/ko/about/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert queries == 0
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]
    assert second["Content-Security-Policy"], "headers of outer middleware are still added"


def test_each_language_and_query_string_is_its_own_entry(client, db):
    english, _ = get(client, "/en/about/")
    korean, _ = get(client, "/ko/about/")
    assert korean["X-Page-Cache"] == "miss" and b'lang="ko"' in korean.content
    get(client, "/en/events/?category=film")
    filtered, _ = get(client, "/en/events/?category=forum")
    assert filtered["X-Page-Cache"] == "miss"
    get(client, "/en/events/?category=forum&when=past")
    same, _ = get(client, "/en/events/?when=past&category=forum")
    assert same["X-Page-Cache"] == "hit", "parameter order does not matter"
    assert english.content != korean.content


def test_publishing_an_event_refreshes_the_home_page_that_lists_it(client, home, make_event):
    # Before cache tags, any publish bumped the content version and retired every page; now the
    # home page is retired because it shows the event (its page tag), and warmed again at once
    # (pages/warming.py). A new event joins it through its listing tags (test_page_cache_tags.py).
    event = make_event(title="Listed forum", starts_at=timezone.now() + datetime.timedelta(hours=3))
    event.save_revision().publish()
    assert b"Listed forum" in get(client, "/en/")[0].content
    with translation.override("en"):
        event.title = "Renamed forum"
        event.save_revision().publish()
    fresh, _ = get(client, "/en/")
    assert b"Renamed forum" in fresh.content
    event.unpublish()
    assert b"Renamed forum" not in get(client, "/en/")[0].content


def test_moving_and_deleting_pages_refresh_the_cache(client, about):
    page = StandardPage(title="Temporary", slug="temporary", show_in_menus=True)
    about.get_parent().add_child(instance=page)
    page.save_revision().publish()
    assert b"Temporary" in get(client, "/en/")[0].content
    page.delete()
    assert b"Temporary" not in get(client, "/en/")[0].content


def test_signed_in_editors_are_never_served_or_stored(editor_client):
    editor_response, _ = get(editor_client, "/en/about/")
    assert "X-Page-Cache" not in editor_response
    assert b"wagtail-userbar" in editor_response.content
    anonymous, _ = get(Client(), "/en/about/")
    assert anonymous["X-Page-Cache"] == "miss"
    assert b"wagtail-userbar" not in anonymous.content


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/healthz", "/readyz", "/admin/login/"])
def test_errors_health_checks_and_admin_are_not_cached(client, db, path):
    client.get(path)
    assert "X-Page-Cache" not in client.get(path)


def test_preview_is_never_cached(editor_client, about):
    from django.urls import reverse

    response = editor_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk]))
    assert "X-Page-Cache" not in response


def test_page_cache_outage_serves_pages_without_it(client, db, monkeypatch):
    class BrokenCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache server unreachable")

        set = get

    monkeypatch.setattr("akc_site.page_cache.cache", BrokenCache())
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_parameters_a_page_does_not_read_share_its_entry(client, about):
    assert get(client, "/en/about/")[0]["X-Page-Cache"] == "miss"
    for query in ("?utm_source=mail", "?fbclid=1&utm_source=x", "?random=8f3a"):
        response, queries = get(client, f"/en/about/{query}")
        assert response["X-Page-Cache"] == "hit" and queries == 0, query


def test_the_event_listing_is_keyed_by_the_parameters_it_reads(client, event_index):
    assert get(client, "/en/events/?category=forum")[0]["X-Page-Cache"] == "miss"
    assert get(client, "/en/events/?utm_source=mail&category=forum")[0]["X-Page-Cache"] == "hit"
    assert get(client, "/en/events/?category=film")[0]["X-Page-Cache"] == "miss"
    assert get(client, "/en/events/?page=2&category=film")[0]["X-Page-Cache"] == "miss"
    assert event_index.specific_class.cache_query_parameters, "declared on the page model"


def test_a_page_has_a_bounded_number_of_entries(client, event_index, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 3
    for number in range(1, 4):
        assert get(client, f"/en/events/?year={2000 + number}")[0]["X-Page-Cache"] == "miss"
    for _ in range(2):
        response, _queries = get(client, "/en/events/?year=2010")
        assert response.status_code == 200 and "X-Page-Cache" not in response, "served, not stored"
    assert get(client, "/en/events/?year=2001")[0]["X-Page-Cache"] == "hit"
    assert get(client, "/en/events/")[0]["X-Page-Cache"] == "miss", "the page itself is always stored"


def test_http_and_https_are_separate_entries(client, about):
    plain, _ = get(client, "/en/about/")
    secure, _ = get(client, "/en/about/", secure=True)
    assert plain["X-Page-Cache"] == "miss" and secure["X-Page-Cache"] == "miss"
    assert b'rel="canonical" href="https://' in secure.content
    assert get(client, "/en/about/", secure=True)[0]["X-Page-Cache"] == "hit"
