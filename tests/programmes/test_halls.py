"""The ASEAN Halls: open now in Korea time, hours, exhibitions by date, events at the hall, tie-ins."""

import datetime

from bs4 import BeautifulSoup

from django.utils import timezone

from home.models import HOME_EVENT_COUNT
from programmes.models import EventPage, ExhibitionPage, HallIndexPage, HallPage, OpeningException
from programmes.opening_hours import CENTRE_TIME_ZONE
from tests.factories import HallPageFactory, weekday_hours


def document(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_weekly_hours_and_holidays_of_a_hall(db):
    # Monday to Friday, 9:00 to 18:00, and closed on Korean public holidays (the Seoul hall's facts
    # themselves: tests/home/test_initial_content.py).
    seoul_hall = HallPageFactory(
        parent=HallIndexPage.objects.get(), weekly_hours=weekday_hours(), closed_on_public_holidays=True
    )
    hours = dict(seoul_hall.weekly_hours_by_day())
    assert [len(hours[day]) for day in range(7)] == [1, 1, 1, 1, 1, 0, 0]
    assert hours[0][0].opens == datetime.time(9) and hours[0][0].closes == datetime.time(18)
    assert seoul_hall.is_open_at(datetime.datetime(2026, 12, 2, 10, 0, tzinfo=CENTRE_TIME_ZONE))
    assert not seoul_hall.is_open_at(datetime.datetime(2026, 12, 5, 10, 0, tzinfo=CENTRE_TIME_ZONE))
    assert not seoul_hall.is_open_at(datetime.datetime(2027, 3, 1, 10, 0, tzinfo=CENTRE_TIME_ZONE))


def test_dated_exception_from_the_database(seoul_hall):
    day = datetime.date(2026, 12, 2)
    OpeningException.objects.create(hall=seoul_hall, date=day, is_closed=True, reason="Maintenance")
    hall = HallPage.objects.get(pk=seoul_hall.pk)
    state = hall.open_state_at(datetime.datetime(2026, 12, 2, 10, 0, tzinfo=CENTRE_TIME_ZONE))
    assert not state.is_open and state.reason == "Maintenance"


def test_hall_page_shows_open_state_hours_and_map(client, seoul_hall):
    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    OpeningException.objects.create(hall=seoul_hall, date=today, is_closed=True, reason="Staff training")
    page = document(client.get("/en/halls/seoul/"))
    open_state = page.select_one(".open-state")
    assert "open-state--closed" in open_state["class"], "closed all day today by the exception"
    assert "Closed now" in open_state.get_text() and "Staff training" in open_state.get_text()
    assert "Korea time" in page.select_one("#hours-title").get_text()
    rows = page.select(".opening-hours tr")
    assert len(rows) == 7 and "09:00" in rows[0].get_text() and "Closed" in rows[6].get_text()
    map_link = page.select_one('a[href^="https://www.openstreetmap.org/"]')
    assert f"mlat={seoul_hall.latitude}" in map_link["href"]


def test_hall_page_in_korean(client, seoul_hall):
    page = document(client.get("/ko/halls/seoul/"))
    assert page.html["lang"] == "ko"
    assert seoul_hall.address_ko.splitlines()[0] in page.select_one("address").get_text()
    assert "한국 시간" in page.select_one("#hours-title").get_text()


def test_exhibitions_split_into_current_upcoming_and_past(client, seoul_hall):
    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    for slug, opens, closes in [("now-on", -5, 5), ("soon", 10, 20), ("over", -30, -10), ("always", -400, None)]:
        seoul_hall.add_child(
            instance=ExhibitionPage(
                title=slug.title(),
                slug=f"test-{slug}",
                introduction="Test exhibition",
                opens_on=today + datetime.timedelta(days=opens),
                closes_on=None if closes is None else today + datetime.timedelta(days=closes),
            )
        )
    page = document(client.get("/en/halls/seoul/"))

    def listed(section_id):
        section = page.find(id=section_id).find_parent("section")
        return {link["href"].rstrip("/").rsplit("/", 1)[-1] for link in section.select("h3 a")}

    assert {"test-now-on", "test-always"} <= listed("current-exhibitions")
    assert "test-soon" in listed("upcoming-exhibitions")
    assert "test-over" in listed("past-exhibitions")
    assert "test-over" not in listed("current-exhibitions")


def test_hall_lists_its_latest_past_exhibitions_only(client, seoul_hall):
    from programmes.listing import PAST_EXHIBITION_COUNT

    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    for number in range(PAST_EXHIBITION_COUNT + 3):
        closes_on = today - datetime.timedelta(days=10 + 30 * number)
        seoul_hall.add_child(
            instance=ExhibitionPage(
                title=f"Past {number}",
                slug=f"test-past-{number}",
                introduction="Test exhibition",
                opens_on=closes_on - datetime.timedelta(days=20),
                closes_on=closes_on,
            )
        )
    section = document(client.get("/en/halls/seoul/")).find(id="past-exhibitions").find_parent("section")
    listed = [link["href"].rstrip("/").rsplit("/", 1)[-1] for link in section.select("h3 a")]
    assert len(listed) == PAST_EXHIBITION_COUNT
    ours = [slug for slug in listed if slug.startswith("test-past-")]
    assert ours == [f"test-past-{number}" for number in range(len(ours))]  # the most recent, newest first
    assert f"test-past-{PAST_EXHIBITION_COUNT + 2}" not in listed


def test_events_at_the_hall_are_listed(client, seoul_hall, make_event):
    make_event(title="Hall talk", hall=seoul_hall)
    page = document(client.get("/en/halls/seoul/"))
    assert "Hall talk" in page.find(id="hall-events-title").find_parent("section").get_text()


def test_exhibition_page_names_its_hall(client, seoul_hall):
    exhibition = ExhibitionPage.objects.child_of(seoul_hall).live().first()
    page = document(client.get(f"/en/halls/seoul/{exhibition.slug}/"))
    assert seoul_hall.title in page.select_one(".exhibition__facts").get_text()


def test_home_shows_upcoming_events_and_halls(client, make_event):
    make_event(title="Tomorrow's talk", starts_at=timezone.now() + datetime.timedelta(hours=20))
    page = document(client.get("/en/"))
    events = page.find(id="events-title").find_parent("section")
    upcoming = EventPage.objects.upcoming().count()
    assert upcoming >= 2
    assert len(events.select(".event-card")) == min(upcoming, HOME_EVENT_COUNT)
    assert "Tomorrow's talk" in events.get_text()
    halls = page.find(id="halls-title").find_parent("section")
    assert len(halls.select(".open-state")) == HallPage.objects.live().count() >= 2
    for number in range(HOME_EVENT_COUNT):
        make_event(title=f"Later talk {number}")
    events = document(client.get("/en/")).find(id="events-title").find_parent("section")
    assert len(events.select(".event-card")) == HOME_EVENT_COUNT, "no more than that many"
    assert "Tomorrow's talk" in events.get_text(), "the soonest first"


def test_priority_page_lists_its_events_and_filtered_links(client, make_event):
    from pages.models import PriorityPage

    economy = PriorityPage.objects.get(slug="economy")
    make_event(title="Trade talk", priority=economy)
    page = document(client.get("/en/priorities/economy/"))
    section = page.find(id="priority-events-title").find_parent("section")
    assert "Trade talk" in section.get_text()
    hrefs = [link["href"] for link in section.select("a")]
    assert "/en/events/?priority=economy" in hrefs
    assert "/en/events/calendar.ics?priority=economy" in hrefs
    assert client.get("/en/events/calendar.ics?priority=economy").status_code == 200
