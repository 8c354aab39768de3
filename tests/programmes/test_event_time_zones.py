"""An event's venue time zone: local times typed in the admin, shown first to visitors with Korea
time beside them, and carried into .ics files (TZID + VTIMEZONE) and JSON-LD (UTC offsets)."""

import datetime
import json
import zoneinfo

import icalendar
import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from programmes.models import EventPage
from programmes.time_zones import REGIONAL_ZONES, time_zone_choices, validate_time_zone, visitor_label
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data
from tests.factories import EventPageFactory
from tests.registrations.helpers import form_data, registration_fields

UTC = datetime.UTC
JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def text(element):
    return " ".join(element.get_text().split())


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def when_on_the_page(client, event, language="en"):
    return text(soup(client.get(f"/{language}/events/{event.slug}/")).select_one(".event__facts dd"))


# A workshop in Jakarta (UTC+7 all year) on Wednesday 3 December 2031, 10:00 to 18:00 there.
WORKSHOP = {"time_zone": "Asia/Jakarta", "starts_at": utc(2031, 12, 3, 3, 0), "ends_at": utc(2031, 12, 3, 11, 0)}


@pytest.fixture
def workshop(make_event):
    return make_event(slug="batik-workshop", title="Batik workshop", **WORKSHOP)


# Conversions, with fixed moments and no database.


def test_a_jakarta_event_reads_in_jakarta_time_and_in_korea_time():
    event = EventPageFactory.build(**WORKSHOP)
    assert event.venue_time_zone == JAKARTA
    assert event.local_start == datetime.datetime(2031, 12, 3, 10, 0, tzinfo=JAKARTA)
    assert event.local_end.hour == 18 and event.local_end.utcoffset() == datetime.timedelta(hours=7)
    assert (event.korea_start.hour, event.korea_end.hour) == (12, 20)
    assert event.differs_from_korea_time
    assert list(event.days()) == [datetime.date(2031, 12, 3)]


@pytest.mark.parametrize(
    ("local_start", "offset"),
    [
        (datetime.datetime(2032, 1, 14, 10, 0), 11),  # January: summer in Sydney, daylight saving time
        (datetime.datetime(2031, 7, 16, 10, 0), 10),  # July: winter, standard time
    ],
)
def test_a_sydney_event_follows_daylight_saving_time(local_start, offset):
    starts_at = local_start.replace(tzinfo=SYDNEY)
    event = EventPageFactory.build(
        time_zone="Australia/Sydney", starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2)
    )
    assert event.local_start.utcoffset() == datetime.timedelta(hours=offset)
    assert event.local_start.replace(tzinfo=None) == local_start
    assert event.korea_start.hour == 10 - (offset - 9)
    assert event.differs_from_korea_time
    with translation.override("en"):
        assert event.time_zone_label == "Sydney time"


def test_an_all_day_event_takes_the_whole_days_of_its_venue():
    event = EventPageFactory.build(
        time_zone="Asia/Jakarta", is_all_day=True, starts_at=utc(2031, 12, 3, 3, 0), ends_at=utc(2031, 12, 5, 3, 0)
    )
    start, end = event.all_day_bounds()
    assert start == utc(2031, 12, 2, 17, 0), "midnight in Jakarta is 17:00 UTC the day before"
    assert end == datetime.datetime(2031, 12, 5, 23, 59, 59, tzinfo=JAKARTA)
    event.starts_at, event.ends_at = start, end
    assert list(event.days()) == [datetime.date(2031, 12, day) for day in (3, 4, 5)]


def test_an_event_in_a_hall_is_in_korea_time_whatever_its_field_says(seoul_hall):
    event = EventPageFactory.build(hall=seoul_hall, **WORKSHOP)
    assert event.venue_time_zone == SEOUL
    assert not event.differs_from_korea_time
    with pytest.raises(ValidationError) as raised:
        event.clean()
    assert "an event in a hall is in Korea time" in str(raised.value.message_dict["time_zone"])


def test_jayapura_keeps_korea_times_offset_so_one_time_is_enough():
    event = EventPageFactory.build(
        time_zone="Asia/Jayapura", starts_at=utc(2031, 12, 3, 1, 0), ends_at=utc(2031, 12, 3, 3, 0)
    )
    assert not event.differs_from_korea_time


def test_only_known_time_zones_are_valid():
    validate_time_zone("Australia/Sydney")
    for name in ("Mars/Olympus_Mons", "", "localtime", "asia/seoul"):
        with pytest.raises(ValidationError):
            validate_time_zone(name)
    assert EventPageFactory.build(time_zone="Mars/Olympus_Mons").venue_time_zone == SEOUL, "never an error"


def test_the_choices_list_korea_and_the_member_states_first_then_every_other_zone():
    with translation.override("en"):
        (regional_heading, regional), (other_heading, others) = time_zone_choices()
    assert regional_heading == "Korea and the ASEAN Member States" and other_heading == "Other time zones"
    assert [name for name, _label in regional] == [
        "Asia/Seoul",
        "Asia/Jakarta",
        "Asia/Makassar",
        "Asia/Jayapura",
        "Asia/Kuala_Lumpur",
        "Asia/Bangkok",
        "Asia/Ho_Chi_Minh",
        "Asia/Manila",
        "Asia/Phnom_Penh",
        "Asia/Vientiane",
        "Asia/Yangon",
        "Asia/Singapore",
        "Asia/Brunei",
        "Asia/Dili",
    ]
    labels = dict(regional)
    assert labels["Asia/Jakarta"] == "Jakarta, Indonesia (UTC+07:00, Asia/Jakarta)"
    assert labels["Asia/Ho_Chi_Minh"] == "Ha Noi, Viet Nam (UTC+07:00, Asia/Ho_Chi_Minh)"
    assert labels["Asia/Yangon"].endswith("(UTC+06:30, Asia/Yangon)")
    names = [name for name, _label in others]
    assert ("Australia/Sydney", "Australia/Sydney") in others
    assert ("America/New_York", "America/New York") in others
    assert not set(names) & set(labels), "each zone once"
    assert names == sorted(names)


def test_visitors_read_the_zone_by_its_city_in_their_language():
    with translation.override("en"):
        assert [visitor_label(name) for name in ("Asia/Seoul", "Asia/Jakarta", "America/Argentina/Buenos_Aires")] == [
            "Korea time",
            "Jakarta time",
            "Buenos Aires time",
        ]
    with translation.override("ko"):
        assert visitor_label("Asia/Seoul") == "한국 시간"
        assert visitor_label("Asia/Jakarta") == "자카르타 시간"
        assert visitor_label("Australia/Sydney") == "Sydney 시간"
    assert len({str(zone.visitor_label) for zone in REGIONAL_ZONES}) == len(REGIONAL_ZONES)


# The admin: local times typed, stored as the right instant, shown back as typed.


def add_event_data(editor_client, event_index, **fields):
    url = reverse("wagtailadmin_pages:add", args=["programmes", "eventpage", event_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "Batik workshop",
            "slug": "batik-workshop",
            "introduction_en": "Learn batik with Indonesian artists.",
            "category": "other",
            "status": "scheduled",
            "registration_status": "not_needed",
            "is_free": "on",
            "action-publish": "publish",
            **empty_stream_fields(EventPage, "body"),
            **fields,
        }
    )
    return url, data


def typed_times(response):
    page = soup(response)
    return {name: page.select_one(f"input[name={name}]")["value"] for name in ("starts_at", "ends_at")}


@pytest.mark.parametrize(
    ("zone", "typed", "stored"),
    [
        ("Asia/Jakarta", "2031-12-03 10:00", utc(2031, 12, 3, 3, 0)),
        ("Australia/Sydney", "2032-01-14 10:00", utc(2032, 1, 13, 23, 0)),  # daylight saving time, UTC+11
        ("Australia/Sydney", "2031-07-16 10:00", utc(2031, 7, 16, 0, 0)),  # standard time, UTC+10
        ("Asia/Seoul", "2031-12-03 10:00", utc(2031, 12, 3, 1, 0)),
    ],
)
def test_editors_type_the_venues_local_time(editor_client, event_index, zone, typed, stored):
    day = typed.split()[0]
    url, data = add_event_data(editor_client, event_index, time_zone=zone, starts_at=typed, ends_at=f"{day} 18:00")
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    event = EventPage.objects.get(slug="batik-workshop")
    assert (event.time_zone, event.starts_at, event.ends_at) == (zone, stored, stored + datetime.timedelta(hours=8))
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert typed_times(edit) == {"starts_at": typed, "ends_at": f"{day} 18:00"}, "shown back as typed"


def test_saving_unchanged_keeps_the_moments_and_a_deadline_is_local_too(editor_client, workshop):
    workshop.registration_deadline = datetime.datetime(2031, 12, 1, 23, 59, tzinfo=JAKARTA)
    workshop.save_revision().publish()
    url = reverse("wagtailadmin_pages:edit", args=[workshop.pk])
    data = initial_form_data(editor_client, url, "form#page-edit-form")
    assert (data["time_zone"], data["starts_at"], data["registration_deadline"]) == (
        "Asia/Jakarta",
        "2031-12-03 10:00",
        "2031-12-01 23:59",
    )
    data.update({**empty_stream_fields(EventPage, "body"), "action-publish": "publish"})
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    workshop.refresh_from_db()
    assert (workshop.starts_at, workshop.ends_at) == (WORKSHOP["starts_at"], WORKSHOP["ends_at"])
    assert workshop.registration_deadline == utc(2031, 12, 1, 16, 59)


def test_changing_the_time_zone_keeps_the_wall_clock_times_typed(editor_client, workshop):
    url = reverse("wagtailadmin_pages:edit", args=[workshop.pk])
    data = initial_form_data(editor_client, url, "form#page-edit-form")
    data.update({**empty_stream_fields(EventPage, "body"), "action-publish": "publish", "time_zone": "Asia/Manila"})
    assert editor_client.post(url, data).status_code == 302
    workshop.refresh_from_db()
    assert workshop.starts_at == utc(2031, 12, 3, 2, 0), "10:00 in Manila (UTC+8)"


def test_an_all_day_event_typed_in_the_admin_covers_the_venues_days(editor_client, event_index):
    url, data = add_event_data(
        editor_client,
        event_index,
        time_zone="Asia/Bangkok",
        starts_at="2031-12-03 10:00",
        ends_at="2031-12-04 10:00",
        is_all_day="on",
    )
    assert editor_client.post(url, data).status_code == 302
    event = EventPage.objects.get(slug="batik-workshop")
    assert event.starts_at == utc(2031, 12, 2, 17, 0) and event.ends_at == utc(2031, 12, 4, 16, 59, 59)


def test_a_hall_event_must_be_in_korea_time_and_the_editor_is_told_beside_the_field(
    editor_client, event_index, seoul_hall
):
    url, data = add_event_data(
        editor_client,
        event_index,
        hall=str(seoul_hall.pk),
        time_zone="Asia/Jakarta",
        starts_at="2031-12-03 10:00",
        ends_at="2031-12-03 12:00",
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["time_zone"]
    assert "The ASEAN Halls are in Seoul and Jeju" in response.context["form"].errors["time_zone"][0]
    assert typed_times(response)["starts_at"] == "2031-12-03 10:00", "what was typed stays"
    assert not EventPage.objects.filter(slug="batik-workshop").exists()
    data["time_zone"] = "Asia/Seoul"
    assert editor_client.post(url, data).status_code == 302
    assert EventPage.objects.get(slug="batik-workshop").starts_at == utc(2031, 12, 3, 1, 0)


def test_an_unknown_time_zone_is_refused_with_a_message(editor_client, event_index):
    url, data = add_event_data(
        editor_client,
        event_index,
        time_zone="Mars/Olympus_Mons",
        starts_at="2031-12-03 10:00",
        ends_at="2031-12-03 12:00",
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "is not a time zone this site knows" in response.context["form"].errors["time_zone"][0]


def test_the_admin_offers_the_zones_in_a_list(editor_client, workshop):
    page = soup(editor_client.get(reverse("wagtailadmin_pages:edit", args=[workshop.pk])))
    select = page.select_one("select[name=time_zone]")
    assert select.select_one("option[selected]")["value"] == "Asia/Jakarta"
    assert [group["label"] for group in select.select("optgroup")] == [
        "Korea and the ASEAN Member States",
        "Other time zones",
    ]
    assert "In the venue's time zone (see Time zone)." in page.get_text()


# What visitors read.


def test_the_event_page_gives_local_time_first_and_korea_time_beside_it(client, workshop):
    assert when_on_the_page(client, workshop) == "Dec. 3, 2031 10:00 – 18:00 (Jakarta time) · 12:00 – 20:00 Korea time"
    assert (
        when_on_the_page(client, workshop, "ko")
        == "2031년 12월 3일 10:00 – 18:00 (자카르타 시간) · 12:00 – 20:00 한국 시간"
    )


def test_an_event_in_korea_time_gives_one_time(client, make_event):
    event = make_event(slug="seoul-forum", starts_at=utc(2031, 12, 3, 1, 0), ends_at=utc(2031, 12, 3, 3, 0))
    assert when_on_the_page(client, event) == "Dec. 3, 2031 10:00 – 12:00 (Korea time)"
    assert when_on_the_page(client, event, "ko") == "2031년 12월 3일 10:00 – 12:00 (한국 시간)"


@pytest.mark.parametrize(
    ("starts_at", "ends_at", "expected"),
    [
        # 22:30 in Jakarta is 00:30 the next day in Seoul: each side gives its own date.
        (
            utc(2031, 12, 3, 15, 30),
            utc(2031, 12, 3, 16, 30),
            "Dec. 3, 2031 22:30 – 23:30 (Jakarta time) · Dec. 4, 2031 00:30 – 01:30 Korea time",
        ),
        # Ends after midnight in Seoul only.
        (
            utc(2031, 12, 3, 13, 0),
            utc(2031, 12, 3, 16, 0),
            "Dec. 3, 2031 20:00 – 23:00 (Jakarta time) · 22:00 – Dec. 4, 2031 01:00 Korea time",
        ),
    ],
)
def test_dates_across_midnight_are_each_sides_own(client, make_event, starts_at, ends_at, expected):
    event = make_event(slug="late-show", time_zone="Asia/Jakarta", starts_at=starts_at, ends_at=ends_at)
    assert when_on_the_page(client, event) == expected


def test_the_time_elements_carry_the_venues_offset(client, workshop):
    times = soup(client.get(f"/en/events/{workshop.slug}/")).select(".event__facts dd time")
    moments = [datetime.datetime.fromisoformat(element["datetime"]) for element in times]
    assert moments[0].utcoffset() == datetime.timedelta(hours=7)
    assert moments == [workshop.starts_at, workshop.ends_at, workshop.starts_at, workshop.ends_at]


def test_an_all_day_event_abroad_gives_its_local_dates(client, make_event):
    # From midnight in Jakarta on 3 December (2 December in UTC) to the end of 4 December there.
    event = make_event(
        slug="festival",
        is_all_day=True,
        time_zone="Asia/Jakarta",
        starts_at=utc(2031, 12, 2, 17, 0),
        ends_at=utc(2031, 12, 4, 16, 59, 59),
    )
    assert when_on_the_page(client, event) == "Dec. 3, 2031 – Dec. 4, 2031"


def test_listing_cards_and_the_home_page_show_both_times(client, event_index, workshop):
    EventPage.objects.child_of(event_index).exclude(pk=workshop.pk).update(live=False)
    for path in ("/en/events/", "/en/"):
        (card,) = soup(client.get(path)).select(".event-card")
        assert text(card.select_one(".event-card__when")) == (
            "Dec. 3, 2031 10:00 – 18:00 (Jakarta time) · 12:00 – 20:00 Korea time"
        ), path


def test_search_results_show_both_times(client, workshop):
    workshop.save_revision().publish()
    page = soup(client.get("/en/search/", {"q": "batik"}))
    (dates,) = [
        item.select_one(".search-result__dates")
        for item in page.select(".search-result")
        if "Batik workshop" in item.get_text()
    ]
    assert "(Jakarta time) · 12:00 – 20:00 Korea time" in text(dates)


def test_the_registration_page_and_e_mail_give_both_times(client, make_event):
    fields = registration_fields(**WORKSHOP, registration_deadline=utc(2031, 12, 1, 16, 59))
    event = make_event(slug="batik-workshop", title="Batik workshop", **fields)
    register_url = reverse("registrations:register", args=[event.pk])
    facts = text(soup(client.get(register_url)).select_one(".registration__facts"))
    assert "Dec. 3, 2031 10:00 – 18:00 (Jakarta time) · 12:00 – 20:00 Korea time" in facts
    assert "Registration deadline Dec. 1, 2031 23:59 (Jakarta time) · Dec. 2, 2031 01:59 Korea time" in facts
    assert client.post(register_url, form_data()).status_code == 302
    (message,) = [message for message in mail.outbox if message.to == ["siti@example.org"]]
    assert "When: Dec. 3, 2031 10:00 – 18:00 (Jakarta time) · 12:00 – 20:00 Korea time\n" in message.body
    (component,) = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert component["DTSTART"].params["TZID"] == "Asia/Jakarta"


def test_the_e_mail_in_korean():
    event = EventPageFactory.build(**WORKSHOP)
    with translation.override("ko"):
        details = render_to_string("registrations/email/event_details.txt", {"event": event, "event_url": ""})
    assert "2031년 12월 3일 10:00 – 18:00 (자카르타 시간) · 12:00 – 20:00 한국 시간" in details


# Calendars and structured data.


def test_the_ics_file_names_the_venues_zone_and_describes_it(client, workshop):
    calendar = icalendar.Calendar.from_ical(client.get(f"/en/events/{workshop.slug}/calendar.ics").content)
    (component,) = calendar.walk("VEVENT")
    assert component["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert component["DTEND"].params["TZID"] == "Asia/Jakarta"
    assert component.decoded("dtstart") == workshop.starts_at
    assert component.decoded("dtstart").replace(tzinfo=None) == datetime.datetime(2031, 12, 3, 10, 0)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Jakarta"
    (standard,) = zone.walk("STANDARD")
    assert standard["TZOFFSETTO"].td == datetime.timedelta(hours=7)


def test_the_ics_file_of_a_sydney_event_describes_daylight_saving_time(client, make_event):
    starts_at = datetime.datetime(2032, 1, 14, 10, 0, tzinfo=SYDNEY)
    event = make_event(slug="sydney-forum", time_zone="Australia/Sydney", starts_at=starts_at)
    calendar = icalendar.Calendar.from_ical(client.get(f"/en/events/{event.slug}/calendar.ics").content)
    (component,) = calendar.walk("VEVENT")
    assert component["DTSTART"].params["TZID"] == "Australia/Sydney"
    assert component.decoded("dtstart") == utc(2032, 1, 13, 23, 0)
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone.walk("DAYLIGHT"), "the zone's summer time is described"


def test_the_ics_file_of_an_all_day_event_abroad_keeps_dates(client, make_event):
    event = make_event(slug="festival", is_all_day=True, time_zone="Asia/Jakarta", starts_at=utc(2031, 12, 3, 3, 0))
    event.starts_at, event.ends_at = event.all_day_bounds()
    event.save()
    content = client.get(f"/en/events/{event.slug}/calendar.ics").content
    assert b"DTSTART;VALUE=DATE:20311203" in content and b"DTEND;VALUE=DATE:20311204" in content


def test_json_ld_dates_carry_the_venues_offset(client, workshop):
    scripts = soup(client.get(f"/en/events/{workshop.slug}/")).select('script[type="application/ld+json"]')
    (data,) = [data for data in map(json.loads, (script.string for script in scripts)) if data["@type"] == "Event"]
    assert data["startDate"] == "2031-12-03T10:00:00+07:00"
    assert datetime.datetime.fromisoformat(data["startDate"]) == workshop.starts_at
    assert datetime.datetime.fromisoformat(data["endDate"]) == workshop.ends_at
