"""The programmes' page types: tree rules, rendering in en and ko, admin editing, query counts."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Page

from home.models import HomePage
from pages.models import PriorityIndexPage, StandardPage
from programmes.models import EventIndexPage, EventPage, ExhibitionPage, HallIndexPage, HallPage
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data

ALLOWED_PARENTS = {
    EventIndexPage: {HomePage},
    EventPage: {EventIndexPage},
    HallIndexPage: {HomePage},
    HallPage: {HallIndexPage},
    ExhibitionPage: {HallPage},
}


def first_live(page_class):
    return page_class.objects.live().order_by("path").first()


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_allowed_parent_page_types(page_class):
    assert set(page_class.allowed_parent_page_models()) == ALLOWED_PARENTS[page_class]


def test_single_listings_and_leaf_rules(db):
    home = HomePage.objects.get()
    assert not EventIndexPage.can_create_at(home), "one event listing per site"
    assert not HallIndexPage.can_create_at(home), "one halls page per site"
    assert not EventPage.can_create_at(home)
    assert not ExhibitionPage.can_create_at(first_live(HallIndexPage))
    assert not StandardPage.can_create_at(first_live(EventPage))
    assert not EventPage.can_create_at(PriorityIndexPage.objects.get())


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
@pytest.mark.parametrize("language", ["en", "ko"])
def test_page_renders_in_language(client, db, page_class, language):
    page = first_live(page_class)
    response = client.get(f"/{language}{page.url_path[len('/home') :]}")
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    assert getattr(page, f"title_{language}") in document.h1.get_text()
    assert not document.select(".fallback-notice")


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_page_render_costs_few_queries(client, db, page_class, django_assert_max_num_queries):
    path = first_live(page_class).url_path[len("/home") :]
    client.get(f"/ko{path}")  # warm the menu cache, as in production
    with django_assert_max_num_queries(12):
        assert client.get(f"/ko{path}").status_code == 200


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_admin_edit_view_opens(editor_client, page_class):
    page = first_live(page_class)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert b"title_ko" in response.content


def test_admin_can_create_an_event(editor_client, event_index):
    url = reverse("wagtailadmin_pages:add", args=["programmes", "eventpage", event_index.pk])
    assert editor_client.get(url).status_code == 200
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "ASEAN Culture Evening",
            "title_ko": "아세안 문화의 밤",
            "slug": "asean-culture-evening",
            "introduction_en": "An evening of music and dance from the ten ASEAN Member States.",
            "starts_at": "2027-05-20 19:00",
            "ends_at": "2027-05-20 21:00",
            "category": "performance",
            "status": "scheduled",
            "registration_status": "not_needed",
            "is_free": "on",
            "action-publish": "publish",
            **empty_stream_fields(EventPage, "body"),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    event = EventPage.objects.get(slug="asean-culture-evening")
    assert event.live and event.title_ko == "아세안 문화의 밤"
    assert event.local_start.hour == 19, "editors enter Korea time"
    assert Page.objects.filter(slug="asean-culture-evening").count() == 1
