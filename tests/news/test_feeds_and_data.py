"""The Atom feed (filtered too), NewsArticle JSON-LD and Open Graph parsed back; deadlines with a
fixed clock; search in every language; the sitemap; what news adds to other pages."""

import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from PIL import Image as PillowImage

from django.core.files.images import ImageFile
from django.utils import timezone

from images.models import SiteImage
from news.choices import NewsKind
from pages.models import PriorityPage
from programmes.models import EventPage
from tests import factories
from tests.pages.test_sitemap import sitemap

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
FIXED_NOW = datetime.datetime(2031, 5, 10, 9, 0, tzinfo=datetime.UTC)  # 18:00 in Seoul


def path_of(page):
    return page.url_path[len("/home") :]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def json_ld(response):
    scripts = soup(response).select('script[type="application/ld+json"]')
    return [json.loads(script.string) for script in scripts]


def feed_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    return root, [entry.findtext("atom:title", namespaces=ATOM) for entry in root.findall("atom:entry", ATOM)]


@pytest.fixture
def release(make_news):
    item = make_news(
        title="Forum on trade",
        title_ko="무역 포럼",
        kind=NewsKind.PRESS_RELEASE,
        reference_number="PR/31-7",
        press_contact=factories.PressContactFactory(),
        published_at=datetime.datetime(2031, 3, 2, 1, 0, tzinfo=datetime.UTC),
        priority=PriorityPage.objects.get(slug="economy"),
    )
    item.save_revision().publish()
    return item


def test_feed_lists_the_newest_in_the_language_and_with_the_filters(client, only_test_news, make_news, release):
    make_news(title="A notice", kind=NewsKind.NOTICE)
    _root, titles = feed_entries(client.get("/en/news/feed.atom"))
    assert titles == ["PR/31-7 Forum on trade", "A notice"], "newest first (the release is dated 2031)"
    root, titles = feed_entries(client.get("/ko/news/feed.atom?kind=press_release&year=abc"))
    assert titles == ["PR/31-7 무역 포럼"]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ko"
    assert root.findtext("atom:title", namespaces=ATOM).endswith(": 보도자료"), "the filter in the feed's title"
    entry = root.find("atom:entry", ATOM)
    assert entry.find("atom:link", ATOM).get("href").endswith(f"/ko{path_of(release)}")
    assert entry.findtext("atom:published", namespaces=ATOM).startswith("2031-03-02T10:00:00+09:00")
    _root, titles = feed_entries(client.get("/en/news/feed.atom?priority=nonsense&month=99"))
    assert len(titles) == 2, "invalid filters are dropped"


def test_news_article_json_ld(client, release):
    response = client.get(f"/ko{path_of(release)}")
    [data] = [item for item in json_ld(response) if item.get("@type") == "NewsArticle"]
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "무역 포럼"
    assert data["inLanguage"] == "ko"
    assert data["identifier"] == "PR/31-7"
    assert data["datePublished"] == "2031-03-02T10:00:00+09:00"
    assert data["url"].endswith(f"/ko{path_of(release)}")
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"]
    assert "image" not in data


def an_image(title="Photo"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), (11, 79, 138)).save(buffer, format="JPEG")
    return SiteImage.objects.create(title=title, file=ImageFile(buffer, name="photo.jpg"))


def test_open_graph_and_json_ld_image_come_from_the_first_image_of_the_body(client, make_news):
    first, second = an_image("First"), an_image("Second")
    figure = {"image": {"image": first.pk, "alt_text": "A hall", "decorative": False}, "caption": "", "credit": ""}
    gallery = {"heading": "", "images": [{**figure, "image": {**figure["image"], "image": second.pk}}] * 2}
    item = make_news(
        kind=NewsKind.PHOTO_REPORT,
        body=[
            {"type": "paragraph", "value": "<p>Text</p>", "id": "p"},
            {"type": "image", "value": figure, "id": "f"},
            {"type": "gallery", "value": gallery, "id": "g"},
        ],
    )
    assert item.social_image.pk == first.pk
    response = client.get(f"/en{path_of(item)}")
    assert response.status_code == 200
    og_image = soup(response).select_one('meta[property="og:image"]')["content"]
    assert og_image.startswith("http://testserver/") and "fill-1200x630" in og_image
    [data] = [entry for entry in json_ld(response) if entry.get("@type") == "NewsArticle"]
    assert data["image"] == [og_image]
    assert len(soup(response).select(".gallery__grid figure")) == 2
    item.listing_image = second
    assert item.social_image.pk == second.pk, "an image the editor chose for sharing wins"


@pytest.mark.parametrize(
    ("now", "closed"),
    [(FIXED_NOW - datetime.timedelta(minutes=1), False), (FIXED_NOW + datetime.timedelta(minutes=1), True)],
)
def test_deadline_shows_closed_after_it_with_a_fixed_clock(client, make_news, monkeypatch, now, closed):
    notice = make_news(title="Call for applications", application_deadline=FIXED_NOW)
    monkeypatch.setattr(timezone, "now", lambda: now)
    for path in (f"/en{path_of(notice)}", "/en/news/"):
        text = soup(client.get(path)).select_one(".news-deadline").get_text(" ", strip=True)
        if closed:
            assert text.startswith("Closed") and "May 10, 2031" in text
        else:
            assert "Closed" not in text and "May 10, 2031 at 18:00 Korea time" in text
    ko = soup(client.get(f"/ko{path_of(notice)}")).select_one(".news-deadline").get_text(" ", strip=True)
    assert ("마감" in ko) and ("2031년 5월 10일" in ko)


def test_search_finds_news_in_every_language(client, release):
    release.introduction_th = "ฟอรั่มการค้าและการลงทุน"
    release.save_revision().publish()
    for language, words in (("en", "trade"), ("ko", "무역"), ("th", "ฟอรั่มการค้า")):
        response = client.get(f"/{language}/search/", {"q": words})
        assert release.get_url() is not None
        assert path_of(release) in response.content.decode(), (language, words)


def test_sitemap_lists_news_with_alternates(client, release):
    entries = sitemap(client)
    url = f"http://testserver/ko{path_of(release)}"
    assert url in entries
    assert entries[url]["alternates"]["en"] == f"http://testserver/en{path_of(release)}"
    assert "x-default" in entries[url]["alternates"]


def test_priority_page_shows_its_three_latest_news(client, only_test_news, make_news, django_assert_max_num_queries):
    economy = PriorityPage.objects.get(slug="economy")
    for number in range(5):
        make_news(title=f"Economy {number}", priority=economy, published_at=FIXED_NOW - datetime.timedelta(days=number))
    make_news(title="Other priority")
    path = f"/en{path_of(economy)}"
    client.get(path)
    with django_assert_max_num_queries(12):
        document = soup(client.get(path))
    section = document.select_one('section[aria-labelledby="priority-news-title"]')
    assert [link.get_text(strip=True) for link in section.select("h3 a")] == ["Economy 0", "Economy 1", "Economy 2"]
    assert section.select_one('a[href="/en/news/?priority=economy"]')


def test_event_page_lists_the_news_that_relate_to_it(client, make_news):
    event = EventPage.objects.live().first()
    item = make_news(title="About this event")
    item.related_events.add(event)
    item.save()
    document = soup(client.get(f"/en{path_of(event)}"))
    section = document.select_one('section[aria-labelledby="event-news-title"]')
    assert section and "About this event" in section.get_text()
    related = soup(client.get(f"/en{path_of(item)}")).select_one('section[aria-labelledby="related-events-title"]')
    assert event.title in related.get_text()


def test_home_page_shows_the_three_latest(client, only_test_news, make_news):
    for number in range(4):
        make_news(title=f"Latest {number}", published_at=FIXED_NOW - datetime.timedelta(days=number))
    section = soup(client.get("/en/")).select_one(".home-news")
    assert [link.get_text(strip=True) for link in section.select("h3 a")] == ["Latest 0", "Latest 1", "Latest 2"]
