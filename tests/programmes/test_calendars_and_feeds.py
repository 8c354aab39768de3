"""iCalendar files parsed back with icalendar, Atom feeds, and schema.org Event JSON-LD."""

import datetime
import json

import icalendar
import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from django.utils import timezone

from programmes.models import HallPage

SEOUL = "Asia/Seoul"


def components(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar, list(calendar.walk("VEVENT"))


@pytest.fixture
def forum(make_event):
    starts_at = datetime.datetime(2031, 5, 20, 5, 0, tzinfo=datetime.UTC)  # 14:00 in Seoul
    return make_event(
        title="Green Energy Forum",
        title_ko="녹색 에너지 포럼",
        slug="green-energy-forum",
        introduction="Forum on green energy.",
        introduction_ko="녹색 에너지에 관한 포럼입니다.",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=3),
        venue_name="COEX",
        venue_address="513 Yeongdong-daero, Gangnam-gu",
        venue_city="Seoul",
        category="forum",
    )


def test_event_ics_field_by_field(client, forum):
    calendar, events = components(client.get("/en/events/green-energy-forum/calendar.ics"))
    (event,) = events
    assert str(event["UID"]) == f"event-{forum.pk}@testserver"
    assert event["DTSTAMP"].dt.tzinfo is not None
    assert event["DTSTART"].dt == datetime.datetime(2031, 5, 20, 14, 0, tzinfo=event["DTSTART"].dt.tzinfo)
    assert event["DTSTART"].params["TZID"] == SEOUL
    assert event["DTEND"].dt - event["DTSTART"].dt == datetime.timedelta(hours=3)
    assert str(event["SUMMARY"]) == "Green Energy Forum"
    assert str(event["URL"]) == "http://testserver/en/events/green-energy-forum/"
    assert str(event["LOCATION"]) == "COEX, 513 Yeongdong-daero, Gangnam-gu, Seoul"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == [SEOUL]


def test_event_ics_in_the_language_of_the_url(client, forum):
    _calendar, (event,) = components(client.get("/ko/events/green-energy-forum/calendar.ics"))
    assert str(event["SUMMARY"]) == "녹색 에너지 포럼"
    assert str(event["DESCRIPTION"]) == "녹색 에너지에 관한 포럼입니다."
    assert str(event["URL"]) == "http://testserver/ko/events/green-energy-forum/"
    english = components(client.get("/en/events/green-energy-forum/calendar.ics"))[1][0]
    assert event["UID"] == english["UID"], "the UID is stable across languages"


def test_all_day_event_uses_dates_with_exclusive_end(client, make_event):
    festival = make_event(
        slug="festival",
        is_all_day=True,
        starts_at=datetime.datetime(2031, 10, 3, 0, 0, tzinfo=timezone.get_default_timezone()),
        ends_at=datetime.datetime(2031, 10, 5, 23, 59, 59, tzinfo=timezone.get_default_timezone()),
    )
    _calendar, (event,) = components(client.get(f"/en/events/{festival.slug}/calendar.ics"))
    assert event["DTSTART"].dt == datetime.date(2031, 10, 3)
    assert event["DTEND"].dt == datetime.date(2031, 10, 6)
    assert b"DTSTART;VALUE=DATE:20311003" in client.get(f"/en/events/{festival.slug}/calendar.ics").content


def test_cancelled_event_is_cancelled_in_the_calendar(client, make_event):
    make_event(slug="called-off", status="cancelled")
    _calendar, (event,) = components(client.get("/en/events/called-off/calendar.ics"))
    assert str(event["STATUS"]) == "CANCELLED"


def test_hall_event_location_is_the_hall(client, make_event):
    seoul = HallPage.objects.get(slug="seoul")
    make_event(slug="at-the-hall", hall=seoul)
    _calendar, (event,) = components(client.get("/en/events/at-the-hall/calendar.ics"))
    assert str(event["LOCATION"]).startswith(seoul.title)


def test_listing_feed_follows_the_filters(client, make_event):
    make_event(slug="film-a", category="film")
    make_event(slug="forum-b", category="forum")
    _calendar, events = components(client.get("/en/events/calendar.ics?category=film"))
    urls = {str(event["URL"]) for event in events}
    assert "http://testserver/en/events/film-a/" in urls
    assert "http://testserver/en/events/forum-b/" not in urls
    assert all(event["CATEGORIES"] for event in events)


@pytest.mark.parametrize(
    "path",
    ["/en/about/calendar.ics", "/en/no-such-page/calendar.ics", "/en/events/nope/calendar.ics", "/en/about/feed.atom"],
)
def test_calendar_and_feed_of_other_pages_are_404(client, db, path):
    assert client.get(path).status_code == 404


def test_draft_event_has_no_calendar_file(client, make_event):
    draft = make_event(slug="secret-draft", live=False)
    assert client.get(f"/en/events/{draft.slug}/calendar.ics").status_code == 404
    _calendar, events = components(client.get("/en/events/calendar.ics"))
    assert all("secret-draft" not in str(event["URL"]) for event in events)


def test_atom_feed_lists_upcoming_events_in_the_language(client, forum):
    response = client.get("/ko/events/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    namespace = {"atom": "http://www.w3.org/2005/Atom"}
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ko"
    titles = [entry.findtext("atom:title", namespaces=namespace) for entry in root.findall("atom:entry", namespace)]
    assert "녹색 에너지 포럼" in titles


def json_ld(response):
    script = BeautifulSoup(response.content, "html.parser").select_one('script[type="application/ld+json"]')
    return json.loads(script.string)


def test_event_json_ld(client, forum):
    data = json_ld(client.get("/ko/events/green-energy-forum/"))
    assert data["@type"] == "Event"
    assert data["name"] == "녹색 에너지 포럼"
    assert data["startDate"] == "2031-05-20T14:00:00+09:00"
    assert data["endDate"] == "2031-05-20T17:00:00+09:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["inLanguage"] == "ko"
    assert data["location"]["name"] == "COEX"
    assert data["location"]["address"]["addressLocality"] == "Seoul"
    assert data["organizer"]["@type"] == "Organization"
    assert data["url"] == "http://testserver/ko/events/green-energy-forum/"


def test_cancelled_online_event_json_ld(client, make_event):
    make_event(slug="webinar", status="cancelled", is_online=True, online_url="https://example.org/live")
    data = json_ld(client.get("/en/events/webinar/"))
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"


def test_json_ld_cannot_break_out_of_its_script(client, make_event):
    make_event(slug="tricky", title="</script><script>alert(1)</script>")
    response = client.get("/en/events/tricky/")
    assert b"</script><script>alert(1)" not in response.content
    assert json_ld(response)["name"] == "</script><script>alert(1)</script>"


def test_event_page_shows_korea_time_and_open_graph(client, forum):
    document = BeautifulSoup(client.get("/en/events/green-energy-forum/").content, "html.parser")
    when = document.select_one(".event__facts time")
    assert when["datetime"] == "2031-05-20T14:00:00+09:00"
    assert "Korea time" in document.select_one(".event__facts").get_text()
    assert document.select_one('meta[property="og:title"]')["content"] == "Green Energy Forum"


def test_cancelled_event_page_says_so(client, make_event):
    make_event(slug="cancelled-one", status="cancelled", status_note="Cancelled because of the typhoon.")
    document = BeautifulSoup(client.get("/en/events/cancelled-one/").content, "html.parser")
    banner = document.select_one(".event__status-banner")
    assert "cancelled" in banner.get_text().lower() and "typhoon" in banner.get_text()


@pytest.mark.parametrize("title", ["Forum\r\nX-INJECTED:1", "Line one\nline two", "Carriage\rreturn"])
def test_line_breaks_in_a_title_are_escaped_not_fatal(client, make_event, title):
    event = make_event(slug="broken-title", title=title, venue_name="Hall\r\nB")
    response = client.get(f"/en/events/{event.slug}/calendar.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    assert "X-INJECTED" not in [name for component in calendar.walk() for name in component]
    for line in response.content.decode().split("\r\n"):
        assert "\r" not in line and "\n" not in line
    (component,) = calendar.walk("VEVENT")
    assert "\r" not in str(component["summary"]) and "\r" not in str(component["location"])
    assert str(calendar["x-wr-calname"]) == " ".join(title.split()), "the calendar's name is one line"
