"""One field per purpose: the introduction is the one short text, and cards and sharing show the
listing image where one is chosen, else the page's main image (issue 21)."""

import io

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PillowImage

from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from images.models import SiteImage
from pages.merge_fields import merge_into, split_from
from pages.models import LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE, BasePage, StandardPage
from programmes.models import EventPage, ExhibitionPage
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data
from tests.factories import ExhibitionPageFactory

EVENTS = "/en/events/"


def an_image(name):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (960, 540), (11, 79, 138)).save(buffer, format="JPEG")
    return SiteImage.objects.create(title=name, file=ImageFile(buffer, name=f"{name}.jpg"))


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def only_test_events(event_index):
    EventPage.objects.child_of(event_index).update(live=False)


def event_form(editor_client, event_index, **fields):
    url = reverse("wagtailadmin_pages:add", args=["programmes", "eventpage", event_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "ASEAN Culture Evening",
            "slug": "asean-culture-evening",
            "introduction_en": "",
            "starts_at": "2027-05-20 19:00",
            "ends_at": "2027-05-20 21:00",
            "category": "performance",
            "status": "scheduled",
            "registration_status": "not_needed",
            "is_free": "on",
            **empty_stream_fields(EventPage, "body"),
            **fields,
        }
    )
    return url, data


def test_an_event_without_introduction_is_refused_with_a_message_beside_the_field(editor_client, event_index):
    url, data = event_form(editor_client, event_index, **{"action-publish": "publish"})
    response = editor_client.post(url, data)
    assert response.status_code == 200, "the form is shown again"
    assert not EventPage.objects.filter(slug="asean-culture-evening").exists()
    errors = response.context["form"].errors
    assert errors["introduction_en"] == [str(EventPage.introduction_required_message)]
    # Beside the field: the nearest element around the English introduction that holds the message
    # holds no other field.
    message = str(EventPage.introduction_required_message)
    wrapper = soup(response).select_one("#id_introduction_en").parent
    while message not in wrapper.get_text():
        wrapper = wrapper.parent
    assert wrapper.select_one("#id_title_en") is None and wrapper.select_one("#id_introduction_ko") is None


def test_a_draft_may_wait_for_its_introduction(editor_client, event_index):
    url, data = event_form(editor_client, event_index)  # no action: "Save draft"
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    assert not EventPage.objects.get(slug="asean-culture-evening").live


def test_help_texts_say_where_each_field_appears(editor_client, make_event, about):
    event = make_event()
    page = editor_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert escape(str(LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE)) in page
    assert escape(str(EventPage.introduction_help_text)) in page
    assert "calendars" in str(EventPage.introduction_help_text)
    assert "summary_en" not in page, "one text: the introduction"
    standard = editor_client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    assert escape(str(BasePage.listing_image_help_text)) in standard
    assert escape(str(LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE)) not in standard
    assert StandardPage.introduction_required is False


def card_of(response, page):
    link = soup(response).find("a", href=page.url)
    return link.find_parent("li")


def test_the_card_shows_the_introduction_and_the_listing_image_else_the_main_image(
    client, only_test_events, make_event
):
    main, listing = an_image("main-photo"), an_image("listing-photo")
    with_listing = make_event(title="With a listing image", introduction="Come and see.", image=main)
    with_listing.listing_image = listing
    with_listing.save()
    main_only = make_event(title="Main image only", image=main)
    response = client.get(EVENTS)
    card = card_of(response, with_listing)
    assert "Come and see." in card.get_text()
    assert "listing-photo" in card.img["src"] and "main-photo" not in card.img["src"]
    assert "main-photo" in card_of(response, main_only).img["src"]


def test_exhibition_cards_follow_the_same_rule(client, seoul_hall):
    main, listing = an_image("exhibition-main"), an_image("exhibition-listing")
    exhibition = ExhibitionPageFactory(parent=seoul_hall, introduction="Textiles of Southeast Asia.", image=main)
    exhibition.listing_image = listing
    exhibition.save()
    card = card_of(client.get(seoul_hall.url), exhibition)
    assert "Textiles of Southeast Asia." in card.get_text() and "exhibition-listing" in card.img["src"]


def test_sharing_follows_the_same_rule(client, make_event):
    main, listing = an_image("share-main"), an_image("share-listing")
    event = make_event(image=main)
    event.save_revision().publish()
    og_image = soup(client.get(event.url)).select_one('meta[property="og:image"]')["content"]
    assert "share-main" in og_image
    event.listing_image = listing
    event.save_revision().publish()
    og_image = soup(client.get(event.url)).select_one('meta[property="og:image"]')["content"]
    assert "share-listing" in og_image
    assert event.social_image == event.card_image == listing


@pytest.mark.parametrize("model", [EventPage, ExhibitionPage])
def test_summary_is_gone(model):
    assert "summary" not in {field.name for field in model._meta.get_fields()}


def test_listing_images_cost_one_query_whatever_the_number_of_cards(client, only_test_events, make_event):
    main, listing = an_image("count-main"), an_image("count-listing")

    def queries_with(count):
        for number in range(count):
            event = make_event(image=main)
            if number % 2:
                event.listing_image = listing
                event.save()
        client.get(EVENTS)  # creates the renditions once, as the first visitor would
        with CaptureQueriesContext(connection) as queries:
            assert client.get(EVENTS).status_code == 200
        return len(queries)

    few = queries_with(2)
    assert queries_with(10) == few


def test_the_migration_merges_each_language_on_its_own():
    page = {
        "summary_en": "What visitors saw on cards.",
        "introduction_en": "",
        "summary_ko": "카드의 요약.",
        "introduction_ko": "제목 아래의 소개.",
        "summary_th": None,
        "introduction_th": "บทนำ",
        "summary_vi": "Cùng một câu.",
        "introduction_vi": "Cùng một câu.",
    }
    changed = merge_into(page)
    assert sorted(changed) == ["introduction_en", "introduction_ko"]
    assert page["introduction_en"] == "What visitors saw on cards."
    assert page["introduction_ko"] == "카드의 요약.\n\n제목 아래의 소개.", "summary first, nothing lost"
    assert page["introduction_th"] == "บทนำ" and page["introduction_vi"] == "Cùng một câu."
    assert merge_into(page) == [], "running it again changes nothing"


def test_the_migration_reverses():
    merged = {
        "introduction_en": "Card text.",
        "introduction_ko": "카드의 요약.\n\n제목 아래의 소개.",
        "introduction_th": "",
    }
    changed = split_from(merged, source_names=["summary_en", "summary_ko", "summary_th", "summary_vi"])
    assert "introduction_ko" in changed and "summary_vi" not in merged, "only languages the page has"
    assert merged["summary_en"] == "Card text." and merged["introduction_en"] == "Card text."
    assert merged["summary_ko"] == "카드의 요약." and merged["introduction_ko"] == "제목 아래의 소개."
    assert merged["summary_th"] == ""
