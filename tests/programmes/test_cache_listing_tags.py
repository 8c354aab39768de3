"""Each listing notes, while it renders, a listing tag that a newly published member would retire."""

import datetime

import pytest

from django.utils import timezone

from akc_site.cache_tags import collecting, listing_tag
from countries.models import CountryPage
from news.models import NewsPage
from programmes.models import ExhibitionPage, HallPage
from tests import factories

pytestmark = pytest.mark.django_db


def noted(client, url):
    with collecting() as collector:
        assert client.get(url).status_code == 200
    return collector.tags


@pytest.fixture
def new_event(make_event, seoul_hall, priority):
    return make_event(hall=seoul_hall, priority=priority)


@pytest.mark.parametrize("url", ["/en/", "/en/events/", "/en/halls/seoul/", "/en/priorities/economy/"])
def test_the_lists_a_new_event_joins_note_one_of_its_tags(client, new_event, url):
    assert noted(client, url) & new_event.cache_listing_tags()


def test_the_other_hall_and_the_greeting_note_no_event_listing_tag(client, new_event, hall_index):
    event_lists = {tag for tag in new_event.cache_listing_tags() if tag.startswith("list:events")}
    assert not noted(client, "/en/halls/jeju/") & event_lists
    assert not {tag for tag in noted(client, "/en/about/greetings/") if tag.startswith("list:events")}


def test_a_filtered_listing_notes_the_hall_a_new_event_names(client, new_event, seoul_hall):
    tags = noted(client, "/en/events/?hall=seoul")
    assert listing_tag("events", "hall", seoul_hall.pk) in tags
    assert listing_tag("events", "hall", seoul_hall.pk) in new_event.cache_listing_tags()
    jeju = HallPage.objects.get(slug="jeju")
    assert listing_tag("events", "hall", jeju.pk) not in tags


def test_an_exhibition_belongs_to_its_hall_and_every_exhibition_list(client, seoul_hall):
    exhibition = seoul_hall.add_child(
        instance=ExhibitionPage(title="New", slug="new-exhibition", introduction="I", opens_on=timezone.localdate())
    )
    tags = exhibition.cache_listing_tags()
    assert listing_tag("exhibitions") in tags
    assert noted(client, "/en/halls/seoul/") & tags
    assert noted(client, "/en/") & tags


def test_a_country_page_notes_its_events_and_news_names_its_events(client, make_event):
    country = CountryPage.objects.get()
    event = make_event()
    event.countries.add(country)
    assert noted(client, country.url) & event.cache_listing_tags()


def test_news_naming_an_event_joins_its_related_news(client, make_event, news_index):
    event = make_event()
    item = factories.NewsPageFactory(parent=news_index)
    item.related_events.add(event)
    item.save()
    assert listing_tag("news", "event", event.pk) in NewsPage.objects.get(pk=item.pk).cache_listing_tags()
    assert listing_tag("news", "event", event.pk) in noted(client, event.url)
    assert noted(client, "/en/news/") & item.cache_listing_tags()
    assert noted(client, "/en/") & item.cache_listing_tags()


def test_an_upcoming_list_changes_when_its_first_event_ends(client, make_event, event_index):
    soon = timezone.now() + datetime.timedelta(hours=1)
    make_event(starts_at=soon - datetime.timedelta(hours=2), ends_at=soon)
    make_event(starts_at=soon, ends_at=soon + datetime.timedelta(hours=5))
    with collecting() as collector:
        client.get("/en/events/")
    assert collector.changes_at == soon
