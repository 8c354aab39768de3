"""The event listing: upcoming and past, filters in the URL and heading, pagination, odd input."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from pages.models import PriorityPage
from programmes.models import EventPage, HallPage

URL = "/en/events/"


def titles(response):
    return [
        link.get_text(strip=True) for link in BeautifulSoup(response.content, "html.parser").select(".event-list h3 a")
    ]


def heading(response):
    return BeautifulSoup(response.content, "html.parser").h1.get_text(" ", strip=True)


@pytest.fixture
def only_test_events(event_index):
    """Unpublish the sample events so the listing shows only what a test creates."""
    EventPage.objects.child_of(event_index).update(live=False)


def days(number):
    return timezone.now() + datetime.timedelta(days=number)


def test_upcoming_by_default_soonest_first_and_past_most_recent_first(client, only_test_events, make_event):
    make_event(title="Later", starts_at=days(9))
    make_event(title="Sooner", starts_at=days(2))
    make_event(title="Long ago", starts_at=days(-40))
    make_event(title="Last week", starts_at=days(-7))
    ongoing = make_event(title="Ongoing", starts_at=days(-1))
    ongoing.ends_at = days(1)
    ongoing.save()
    assert titles(client.get(URL)) == ["Ongoing", "Sooner", "Later"]
    past = client.get(URL + "?when=past")
    assert titles(past) == ["Last week", "Long ago"]
    assert "Past events" in heading(past)


def test_filters_combine_and_show_in_the_heading(client, only_test_events, make_event):
    economy = PriorityPage.objects.get(slug="economy")
    seoul = HallPage.objects.get(slug="seoul")
    make_event(title="Match", priority=economy, hall=seoul, category="business")
    make_event(title="Other hall", priority=economy, category="business")
    make_event(title="Other category", priority=economy, hall=seoul, category="film")
    response = client.get(URL + "?priority=economy&hall=seoul&category=business")
    assert titles(response) == ["Match"]
    assert economy.short_name in heading(response)
    assert seoul.title in heading(response)
    assert "Business and trade" in heading(response)
    form = BeautifulSoup(response.content, "html.parser").select_one("form.filters")
    assert form["method"] == "get"
    assert form.select_one("select[name=priority] option[selected]")["value"] == "economy"


def test_year_and_month_filters_use_korea_time(client, only_test_events, make_event):
    # 23:30 UTC on 31 January is 08:30 on 1 February in Seoul.
    make_event(title="February in Seoul", starts_at=datetime.datetime(2031, 1, 31, 23, 30, tzinfo=datetime.UTC))
    make_event(title="March", starts_at=datetime.datetime(2031, 3, 10, 3, 0, tzinfo=datetime.UTC))
    response = client.get(URL + "?year=2031&month=2")
    assert titles(response) == ["February in Seoul"]
    assert "2031" in heading(response)
    assert titles(client.get(URL + "?year=2031")) == ["February in Seoul", "March"]


@pytest.mark.parametrize(("language", "words"), [("en", "February 2031"), ("ko", "2031년 2월"), ("th", "กุมภาพันธ์ 2031")])
def test_the_month_and_year_read_in_the_languages_own_order(client, only_test_events, language, words):
    response = client.get(f"/{language}/events/?year=2031&month=2")
    assert words in heading(response)
    assert words in BeautifulSoup(response.content, "html.parser").title.get_text()


def test_online_venue_filter(client, only_test_events, make_event):
    make_event(title="Webinar", is_online=True)
    make_event(title="In person", venue_name="COEX", venue_city="Seoul")
    assert titles(client.get(URL + "?hall=online")) == ["Webinar"]


def test_empty_result_says_so_and_offers_to_clear(client, only_test_events, make_event):
    make_event(title="Film night", category="film")
    response = client.get(URL + "?category=exhibition")
    document = BeautifulSoup(response.content, "html.parser")
    assert document.select_one(".empty-result")
    clear = [a for a in document.select(".empty-result a") if a["href"] == URL]
    assert clear, "a link back to the unfiltered listing"


def test_pagination_twelve_a_page_and_keeps_filters(client, only_test_events, make_event):
    for number in range(26):
        make_event(title=f"Event {number:02d}", category="education", starts_at=days(number + 1))
    first = client.get(URL + "?category=education")
    assert len(titles(first)) == 12
    document = BeautifulSoup(first.content, "html.parser")
    current = document.select_one('.pagination [aria-current="page"]')
    assert current.get_text() == "1"
    next_link = document.select_one('.pagination a[rel="next"]')["href"]
    assert "category=education" in next_link and "page=2" in next_link
    third = client.get(URL + "?category=education&page=3")
    assert titles(third) == ["Event 24", "Event 25"]


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=99999",
        "?page=-1",
        "?page=0",
        "?year=-1",
        "?year=99999999999999999999",
        "?month=13",
        "?month=0",
        "?month=abc",
        "?priority=nonsense",
        "?hall=../../etc",
        "?category=%00",
        "?when=sometime",
        "?priority=" + "x" * 2048,
        "?year=%ff%fe&month=%c3%28",
        "?priority[]=economy&priority=economy&priority=culture-and-tourism",
    ],
)
def test_odd_input_never_breaks_the_listing(client, db, query):
    response = client.get(URL + query)
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1


def test_unknown_filter_value_is_ignored_not_applied(client, only_test_events, make_event):
    make_event(title="Still listed")
    assert titles(client.get(URL + "?priority=nonsense&month=13")) == ["Still listed"]


@pytest.mark.parametrize("count", [5, pytest.param(200, marks=pytest.mark.slow)])
def test_listing_query_count_does_not_grow_with_events(
    client, only_test_events, make_event, count, django_assert_max_num_queries
):
    economy = PriorityPage.objects.get(slug="economy")
    seoul = HallPage.objects.get(slug="seoul")
    for number in range(count):
        make_event(priority=economy, hall=seoul if number % 2 else None, venue_name="COEX")
    client.get(URL)  # warm the menu cache, as in production
    with django_assert_max_num_queries(12):
        response = client.get(URL + "?priority=economy&page=2")
    assert response.status_code == 200


def test_cancelled_event_stays_listed_and_says_so(client, only_test_events, make_event):
    make_event(title="Called off", status="cancelled")
    document = BeautifulSoup(client.get(URL).content, "html.parser")
    card = document.select_one(".event-card--cancelled")
    assert card and "Cancelled" in card.get_text()


@pytest.mark.parametrize("count", [2, 12])
def test_event_images_are_responsive_pictures_without_a_query_each(
    client, only_test_events, make_event, count, django_assert_max_num_queries
):
    import io

    from PIL import Image as PillowImage

    from django.core.files.images import ImageFile

    from images.models import SiteImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (960, 540), (11, 79, 138)).save(buffer, format="JPEG")
    image = SiteImage.objects.create(title="Hall", file=ImageFile(buffer, name="hall.jpg"))
    for _number in range(count):
        make_event(image=image)
    client.get(URL)  # creates the renditions once, as the first visitor would
    with django_assert_max_num_queries(12):
        response = client.get(URL)
    picture = BeautifulSoup(response.content, "html.parser").select_one(".event-card picture")
    assert [source["type"] for source in picture.select("source")] == ["image/avif", "image/webp"]
    img = picture.img
    assert img["loading"] == "lazy" and img["alt"] == "" and img["width"] == "480" and img["height"] == "270"
