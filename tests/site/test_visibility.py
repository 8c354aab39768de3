"""Drafts, private pages and unpublished revisions never reach anonymous visitors, by any route."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.utils import timezone

from wagtail.models import PageViewRestriction

SECRET = "Confidential-Summit-Plan"


@pytest.fixture
def hidden_pages(make_event, about):
    """A draft event, a live event behind a login restriction, and a live event with a secret draft."""
    soon = timezone.now() + datetime.timedelta(days=3)
    draft = make_event(title=f"{SECRET} draft", slug="secret-draft", starts_at=soon, live=False)
    private = make_event(title=f"{SECRET} private", slug="secret-private", starts_at=soon)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public = make_event(title="Public forum", slug="public-forum", starts_at=soon)
    public.title = f"{SECRET} revision"
    public.save_revision()  # a draft change, not published
    return {"draft": draft, "private": private, "public": public}


def anonymous_views():
    return [
        "/en/events/",
        "/en/",
        "/en/events/calendar.ics",
        "/en/events/feed.atom",
        f"/en/search/?q={SECRET}",
        "/sitemap.xml",
        "/en/events/public-forum/",
        "/en/events/public-forum/calendar.ics",
    ]


@pytest.mark.parametrize("path", anonymous_views())
def test_hidden_content_never_appears(hidden_pages, path):
    response = Client().get(path)
    assert response.status_code == 200
    content = response.content.decode()
    if "/search/" in path:  # the page repeats the query itself; look only at the results
        content = " ".join(str(result) for result in BeautifulSoup(content, "html.parser").select(".search-result"))
    assert SECRET not in content
    assert "secret-draft" not in content and "secret-private" not in content


@pytest.mark.parametrize("slug", ["secret-draft", "secret-private"])
def test_hidden_pages_cannot_be_opened_by_address(hidden_pages, slug):
    client = Client()
    page = client.get(f"/en/events/{slug}/")
    assert page.status_code in (302, 404)
    assert SECRET.encode() not in page.content
    # The calendar is a route of the page (Wagtail's routing): the same answer as the page itself,
    # 404 for a draft, the sign-in page for a private event.
    calendar = client.get(f"/en/events/{slug}/calendar.ics")
    assert calendar.status_code == page.status_code
    assert b"BEGIN:VCALENDAR" not in calendar.content and SECRET.encode() not in calendar.content
    if calendar.status_code == 302:
        assert "/login/" in calendar["Location"]


def test_the_published_version_is_what_search_and_listing_show(hidden_pages):
    client = Client()
    results = BeautifulSoup(client.get("/en/search/?q=Public+forum").content, "html.parser").select(".search-result")
    assert any("Public forum" in result.get_text() for result in results)
    assert "Public forum" in client.get("/en/events/").content.decode()
