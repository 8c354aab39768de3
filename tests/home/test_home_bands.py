"""The home page's bands in the editors' order, and its lead item: the featured page or the next event."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from home.blocks import DEFAULT_BAND_ORDER, HomeBandsBlock
from home.featured import FEATURED_PAGE_TYPE_NAMES
from home.models import BAND_CONTENT, BAND_SHOWN_IF, BAND_TEMPLATES, HomePage
from home.translation import HomePageTranslation
from images.models import SiteImage
from news.models import NewsPage
from programmes.models import EventPage, ExhibitionPage
from tests import factories
from tests.admin_forms import form_errors, initial_form_data

BAND_HEADINGS = {
    "greeting": "greeting-title",
    "priorities": "priorities-title",
    "events": "events-title",
    "news": "news-title",
    "halls": "halls-title",
}
HOME_QUERIES = 11  # the factory site's home page with no featured page, warmed caches (tests/pages: at most 12)


def document(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def band_order_on_page(client, language="en"):
    """The bands' heading ids in the order the page shows them."""
    headings = document(client.get(f"/{language}/")).select("main h2[id]")
    return [heading["id"] for heading in headings if heading["id"] in BAND_HEADINGS.values()]


def lead(client, language="en"):
    return document(client.get(f"/{language}/")).select_one(".hero .hero__lead")


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def choose_bands(home, *names):
    return publish(home, bands=[(name, None) for name in names])


def next_event():
    return EventPage.objects.upcoming().first()


def queries_for(client, path="/ko/"):
    client.get(path)  # warm the caches every page shares (menu, footer, restricted paths)
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


# Bands


def test_every_band_has_its_content_a_test_and_a_template():
    assert set(HomeBandsBlock.base_blocks) == set(DEFAULT_BAND_ORDER)
    assert set(BAND_CONTENT) == set(BAND_SHOWN_IF) == set(BAND_TEMPLATES) == set(DEFAULT_BAND_ORDER)


def test_the_band_order_is_one_for_every_language():
    assert "bands" not in HomePageTranslation.fields
    assert not hasattr(HomePage, "bands_ko"), "a translated StreamField would give each language its own order"


def test_an_empty_choice_shows_every_band_in_the_standard_order(client, home):
    assert not home.bands
    assert band_order_on_page(client) == [BAND_HEADINGS[name] for name in DEFAULT_BAND_ORDER]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_chosen_order_is_the_order_shown(client, home, hall_index, language):
    choose_bands(home, "halls", "news", "greeting", "priorities", "events")
    assert band_order_on_page(client, language) == [
        "halls-title",
        "news-title",
        "greeting-title",
        "priorities-title",
        "events-title",
    ]
    halls_heading = document(client.get(f"/{language}/")).find(id="halls-title").get_text(strip=True)
    assert halls_heading == getattr(hall_index, f"title_{language}"), "the heading in the visitor's language"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_band_left_out_is_not_shown(client, home, language):
    choose_bands(home, "news", "greeting")
    page = document(client.get(f"/{language}/"))
    assert band_order_on_page(client, language) == ["news-title", "greeting-title"]
    for absent in (".priorities", ".home-events", ".home-halls"):
        assert not page.select(absent)


def test_a_band_whose_section_is_missing_is_left_out(client, home, news_index):
    news_index.unpublish()
    choose_bands(home, "news", "halls")
    assert band_order_on_page(client) == ["halls-title"]


def test_the_events_band_shows_the_upcoming_events(client, home):
    choose_bands(home, "events")
    band = document(client.get("/en/")).select_one(".home-events")
    titles = [link.get_text(strip=True) for link in band.select(".card__title a")]
    assert titles == [event.title for event in EventPage.objects.upcoming()]


# The lead item


def lead_title(item):
    return item.select_one("#lead-title a").get_text(strip=True)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_featured_exhibition_leads_with_its_title_dates_introduction_and_link(client, home, language):
    exhibition = ExhibitionPage.objects.live().first()
    exhibition = publish(exhibition, closes_on=timezone.localdate() + datetime.timedelta(days=30))
    publish(home, featured_page=exhibition)
    item = lead(client, language)
    assert lead_title(item) == getattr(exhibition, f"title_{language}")
    assert item.select_one("#lead-title a")["href"] == f"/{language}{exhibition.url_path[len('/home') :]}"
    assert getattr(exhibition, f"introduction_{language}") in item.get_text()
    dates = [time["datetime"] for time in item.select(".hero__lead-when time")]
    assert dates == [exhibition.opens_on.isoformat(), exhibition.closes_on.isoformat()]


def test_a_featured_news_item_leads_with_its_kind_and_date(client, home):
    news = NewsPage.objects.live().first()
    publish(home, featured_page=news)
    item = lead(client)
    assert lead_title(item) == news.title
    assert news.get_kind_display() in item.select_one(".hero__lead-kind").get_text()
    assert item.select_one(".hero__lead-when time")["datetime"] == news.local_published_at.isoformat()


def test_a_featured_event_leads_with_its_time_in_korea(client, home):
    event = EventPage.objects.upcoming().last()
    publish(home, featured_page=event)
    item = lead(client, "ko")
    assert lead_title(item) == event.title_ko
    assert item.select_one(".hero__lead-when time")["datetime"] == event.local_start.isoformat()
    assert item.select_one(".korea-time")


def test_the_lead_shows_the_image_of_the_featured_page(client, home):
    event = EventPage.objects.upcoming().last()
    image = SiteImage.objects.create(title="Forum", file=get_test_image_file(), alt_text_en="Speakers on a stage")
    publish(home, featured_page=publish(event, image=image))
    assert lead(client).select_one("picture img, img.card__image")


def test_without_a_featured_page_the_next_event_leads(client, home):
    assert lead_title(lead(client)) == next_event().title


def test_the_next_event_leads_even_without_the_events_band(client, home):
    choose_bands(home, "news")
    assert lead_title(lead(client)) == next_event().title


def unpublished(page):
    page.unpublish()
    return page


def private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def expired(page):
    page.expired = True
    page.save(update_fields=["expired"])
    return page


def over(event):
    now = timezone.now()
    return publish(event, starts_at=now - datetime.timedelta(days=2), ends_at=now - datetime.timedelta(days=1))


@pytest.mark.parametrize("spoil", [unpublished, private, expired, over])
def test_a_featured_event_visitors_may_not_see_gives_way_to_the_next_event(client, home, spoil):
    featured = EventPage.objects.upcoming().last()
    publish(home, featured_page=featured)
    spoil(EventPage.objects.get(pk=featured.pk))
    assert lead_title(lead(client)) == next_event().title != featured.title


def test_a_closed_exhibition_gives_way_to_the_next_event(client, home):
    exhibition = publish(
        ExhibitionPage.objects.live().first(), closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    publish(home, featured_page=exhibition)
    assert lead_title(lead(client)) == next_event().title


def test_without_an_upcoming_event_there_is_no_lead_item(client, home):
    for event in EventPage.objects.all():
        event.unpublish()
    assert lead(client) is None
    assert document(client.get("/en/")).find(id="hero-title"), "the hero stays"


def test_a_deleted_featured_page_leaves_the_choice_empty(client, home):
    news = NewsPage.objects.live().first()
    publish(home, featured_page=news)
    news.delete()
    home.refresh_from_db()
    assert home.featured_page_id is None
    assert lead_title(lead(client)) == next_event().title


# The editors' form


def edit_form_data(client, home, bands):
    url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    data = initial_form_data(client, url, "form#page-edit-form")
    data["bands-count"] = str(len(bands))
    for index, name in enumerate(bands):
        data.update(
            {
                f"bands-{index}-type": name,
                f"bands-{index}-deleted": "",
                f"bands-{index}-order": str(index),
                f"bands-{index}-id": f"band-{index}",
            }
        )
    data["action-publish"] = "publish"
    return url, data


def test_the_edit_view_offers_the_bands_and_the_featured_page(editor_client, home):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'data-contentpath="featured_page"' in content and 'data-contentpath="bands"' in content
    assert all(name in content for name in FEATURED_PAGE_TYPE_NAMES), "the chooser offers only these types"
    assert "Leave it empty for all of them in the standard order" in content
    assert "the next upcoming event is shown instead" in content


def test_an_editor_saves_the_bands_and_the_featured_page(editor_client, home):
    exhibition = ExhibitionPage.objects.live().first()
    url, data = edit_form_data(editor_client, home, ["news", "events"])
    data["featured_page"] = str(exhibition.pk)
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    home.refresh_from_db()
    assert [band.block_type for band in home.bands] == ["news", "events"]
    assert home.featured_page_id == exhibition.pk
    editor_client.logout()
    assert band_order_on_page(editor_client) == ["news-title", "events-title"]
    assert lead_title(lead(editor_client)) == exhibition.title


def test_a_page_of_another_type_cannot_be_featured(editor_client, home, about):
    url, data = edit_form_data(editor_client, home, [])
    data["featured_page"] = str(about.pk)
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Choose an event, an exhibition or a news item." in " ".join(form_errors(response))
    home.refresh_from_db()
    assert home.featured_page_id is None


def test_a_band_chosen_twice_is_refused_with_a_message(editor_client, home):
    url, data = edit_form_data(editor_client, home, ["news", "news"])
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"bands"}
    home.refresh_from_db()
    assert not home.bands


# Queries


def test_the_home_page_costs_what_it_did_without_a_featured_page(client, home):
    assert queries_for(client) == HOME_QUERIES


def test_a_featured_page_costs_one_query_and_its_image_one_more(client, home):
    exhibition = ExhibitionPage.objects.live().first()  # the halls band links it, without its image
    publish(home, featured_page=exhibition)
    assert queries_for(client) == HOME_QUERIES + 1
    image = SiteImage.objects.create(title="Hall", file=get_test_image_file(), alt_text_en="The hall's entrance")
    publish(exhibition, image=image)
    assert queries_for(client) == HOME_QUERIES + 2, "the lead's renditions, all at once"


def test_bands_left_out_cost_nothing(client, home):
    choose_bands(home, "greeting")
    # The sections, the greeting; the next event for the lead: the priorities, events, news, halls are not read.
    assert queries_for(client) < HOME_QUERIES


@pytest.mark.parametrize("featured", [False, True])
def test_the_query_count_does_not_grow_with_content(client, home, event_index, news_index, featured):
    if featured:
        publish(home, featured_page=NewsPage.objects.live().first())
    before = queries_for(client)
    for _ in range(10):
        factories.EventPageFactory(parent=event_index)
        factories.NewsPageFactory(parent=news_index, published_at=timezone.now() - datetime.timedelta(days=30))
    assert queries_for(client) == before
