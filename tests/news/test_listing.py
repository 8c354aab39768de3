"""The news listing: newest first with pinned notices on top, filters, odd input, bounded queries."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from news.choices import NewsKind
from pages.models import PriorityPage
from programmes.opening_hours import CENTRE_TIME_ZONE
from tests.news.conftest import grow_news

URL = "/en/news/"
LISTING_QUERIES = 8


def titles(response):
    document = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in document.select(".news-list h3 a")]


def document_of(response):
    return BeautifulSoup(response.content, "html.parser")


def hours_ago(number):
    return timezone.now() - datetime.timedelta(hours=number)


def test_newest_first_and_pinned_notices_on_top_until_their_day(client, only_test_news, make_news):
    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    make_news(title="Old", published_at=hours_ago(50))
    make_news(title="New", kind=NewsKind.PHOTO_REPORT, published_at=hours_ago(1))
    make_news(title="Pinned", published_at=hours_ago(100), pinned_until=today)
    make_news(title="Was pinned", published_at=hours_ago(90), pinned_until=today - datetime.timedelta(days=1))
    response = client.get(URL)
    assert titles(response) == ["Pinned", "New", "Old", "Was pinned"]
    assert document_of(response).select_one(".news-card--pinned h3").get_text(strip=True) == "Pinned"


def test_filters_combine_and_show_in_heading_and_title(client, only_test_news, make_news):
    economy = PriorityPage.objects.get(slug="economy")
    make_news(title="Match", kind=NewsKind.PHOTO_REPORT, priority=economy)
    make_news(title="Other kind", kind=NewsKind.NOTICE, priority=economy)
    make_news(title="Other priority", kind=NewsKind.PHOTO_REPORT)
    response = client.get(URL + "?kind=photo_report&priority=economy")
    assert titles(response) == ["Match"]
    document = document_of(response)
    for words in ("Photo report", economy.short_name):
        assert words in document.h1.get_text()
        assert words in document.title.get_text()
    assert document.select_one("select[name=kind] option[selected]")["value"] == "photo_report"
    assert document.select_one("form.filters")["method"] == "get"
    feed = document.select_one('link[type="application/atom+xml"]')["href"]
    assert "kind=photo_report" in feed and "priority=economy" in feed


def test_year_and_month_use_korea_time_and_read_in_the_language(client, only_test_news, make_news):
    # 23:30 UTC on 31 January is 08:30 on 1 February in Seoul.
    make_news(title="February in Seoul", published_at=datetime.datetime(2031, 1, 31, 23, 30, tzinfo=datetime.UTC))
    make_news(title="March", published_at=datetime.datetime(2031, 3, 10, 3, 0, tzinfo=datetime.UTC))
    assert titles(client.get(URL + "?year=2031&month=2")) == ["February in Seoul"]
    assert titles(client.get(URL + "?year=2031")) == ["March", "February in Seoul"]
    assert "2031년 2월" in document_of(client.get("/ko/news/?year=2031&month=2")).h1.get_text()


@pytest.mark.parametrize(
    "query",
    [
        "?kind=nonsense",
        "?priority=no-such-priority",
        "?year=-1",
        "?year=abc",
        "?month=13",
        "?month=0",
        "?page=abc",
        "?page=99999",
        "?page=-1",
        "?kind=" + "x" * 2048,
        "?year=2031&month=2&kind[]=a",
        "?%ff%fe=%ff",
        "?kind=%00",
    ],
)
def test_odd_input_is_dropped_never_a_500(client, db, query):
    response = client.get(URL + query)
    assert response.status_code == 200
    assert document_of(response).h1.get_text(strip=True).startswith("News")


def test_twelve_a_page(client, only_test_news, make_news):
    for number in range(13):
        make_news(title=f"Item {number}", published_at=hours_ago(number + 1))
    first = client.get(URL)
    assert len(titles(first)) == 12 and titles(first)[0] == "Item 0"
    assert titles(client.get(URL + "?page=2")) == ["Item 12"]


def test_drafts_and_examples(client, only_test_news, make_news):
    make_news(title="Draft", live=False)
    make_news(title="An example", is_example=True)
    response = client.get(URL)
    assert titles(response) == ["An example"]
    assert document_of(response).select_one(".card__example").get_text(strip=True) == "Example"


@pytest.mark.parametrize("query", ["", "?kind=notice&priority=economy", "?page=2&year=2026"])
def test_query_count_is_pinned_and_the_same_at_20_and_2000_items(
    client, only_test_news, news_index, query, django_assert_num_queries
):
    economy = PriorityPage.objects.get(slug="economy")
    grow_news(news_index, 20, priority=economy)
    client.get(URL + query)  # warm the menu cache, as in production
    with django_assert_num_queries(LISTING_QUERIES):
        assert client.get(URL + query).status_code == 200
    grow_news(news_index, 1980, priority=economy)
    client.get(URL + query)
    with django_assert_num_queries(LISTING_QUERIES):
        assert client.get(URL + query).status_code == 200
