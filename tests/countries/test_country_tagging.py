"""Events and exhibitions tagged with Member States: the country's page lists them, the listing filters."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import PriorityPage
from programmes.models import EventPage
from tests import factories

URL = "/en/events/"


def titles(response, selector=".event-list h3 a"):
    return [link.get_text(strip=True) for link in BeautifulSoup(response.content, "html.parser").select(selector)]


@pytest.fixture
def only_test_events(event_index):
    EventPage.objects.child_of(event_index).update(live=False)


def test_the_country_page_lists_its_events_and_exhibitions(client, thailand, viet_nam, make_event, seoul_hall):
    make_event(title="Thai food week", countries=[thailand]).save_revision().publish()
    make_event(title="Hanoi forum", countries=[viet_nam]).save_revision().publish()
    exhibition = factories.ExhibitionPageFactory(parent=seoul_hall, title="Thai silk", countries=[thailand])
    assert list(thailand.exhibitions.all()) == [exhibition]
    response = client.get("/en/asean/thailand/")
    assert titles(response) == ["Thai food week"]
    document = BeautifulSoup(response.content, "html.parser")
    assert "Thai silk" in document.select_one("#country-exhibitions-title").parent.get_text()
    assert document.select_one('a[href="/en/events/?country=th"]')


def test_the_listing_filters_by_country(client, only_test_events, thailand, viet_nam, make_event):
    make_event(title="Thai food week", countries=[thailand])
    make_event(title="Both", countries=[thailand, viet_nam])
    make_event(title="Hanoi forum", countries=[viet_nam])
    make_event(title="No country")
    assert titles(client.get(URL + "?country=th")) == ["Thai food week", "Both"]
    response = client.get(URL + "?country=vn")
    assert titles(response) == ["Both", "Hanoi forum"]
    assert "Viet Nam" in BeautifulSoup(response.content, "html.parser").h1.get_text()


def test_the_filter_is_in_korean_too(client, only_test_events, thailand, make_event):
    make_event(title="Thai food week", countries=[thailand])
    response = client.get("/ko/events/?country=th")
    assert "태국" in BeautifulSoup(response.content, "html.parser").h1.get_text()


@pytest.mark.parametrize("value", ["xx", "TH", "../th", "th" * 500, "%00", "kr"])
def test_an_invalid_country_is_dropped(client, only_test_events, make_event, value):
    make_event(title="Still listed")
    response = client.get(URL, {"country": value})
    assert response.status_code == 200
    assert titles(response) == ["Still listed"]


@pytest.mark.parametrize("count", [5, pytest.param(100, marks=pytest.mark.slow)])
def test_the_country_filter_adds_no_query(client, only_test_events, thailand, make_event, count):
    economy = PriorityPage.objects.get(slug="economy")
    for _ in range(count):
        make_event(priority=economy, countries=[thailand])
    client.get(URL)  # warm the menu cache
    with CaptureQueriesContext(connection) as plain:
        client.get(URL + "?priority=economy&page=1")
    with CaptureQueriesContext(connection) as filtered:
        response = client.get(URL + "?priority=economy&country=th&page=1")
    assert response.status_code == 200
    assert len(filtered) == len(plain) <= 12


def test_the_country_page_costs_the_same_queries_with_many_events(
    client, thailand, make_event, seoul_hall, django_assert_max_num_queries
):
    for _ in range(30):
        make_event(countries=[thailand]).save_revision().publish()
        factories.ExhibitionPageFactory(parent=seoul_hall, countries=[thailand])
    client.get("/en/asean/thailand/")
    with django_assert_max_num_queries(16):
        assert client.get("/en/asean/thailand/").status_code == 200
