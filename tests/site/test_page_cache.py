"""The page cache: anonymous pages served from it, invalidated on publishing, never for editors."""

import datetime

import pytest

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import StandardPage


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
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


def test_publishing_any_page_refreshes_every_cached_page(client, home, make_event):
    get(client, "/en/")
    event = make_event(title="Brand-new forum", starts_at=timezone.now() + datetime.timedelta(hours=3))
    event.save_revision().publish()
    fresh, _ = get(client, "/en/")
    assert fresh["X-Page-Cache"] == "miss"
    assert b"Brand-new forum" in fresh.content
    event.unpublish()
    assert b"Brand-new forum" not in get(client, "/en/")[0].content


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
