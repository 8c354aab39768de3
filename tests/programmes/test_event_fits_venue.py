"""Example events keep to days (and hours) their venue is open: a hall's schedule, else weekdays."""

import datetime

import pytest

from programmes.opening_hours import CENTRE_TIME_ZONE
from tests.factories import EventPageFactory, HallPageFactory, weekday_hours

pytestmark = pytest.mark.django_db


def seoul(*args):
    return datetime.datetime(*args, tzinfo=CENTRE_TIME_ZONE)


@pytest.fixture
def hall(hall_index):
    return HallPageFactory(
        parent=hall_index, slug="weekday-hall", weekly_hours=weekday_hours(), closed_on_public_holidays=True
    )


def event(event_index, start, end, **fields):
    return EventPageFactory.build(starts_at=start, ends_at=end, **fields)


@pytest.mark.parametrize(
    ("start", "end", "fits"),
    [
        (seoul(2027, 3, 3, 14, 0), seoul(2027, 3, 3, 16, 0), True),  # a Wednesday afternoon
        (seoul(2027, 3, 6, 14, 0), seoul(2027, 3, 6, 16, 0), False),  # a Saturday: the hall is closed
        (seoul(2027, 1, 1, 10, 0), seoul(2027, 1, 1, 12, 0), False),  # New Year's Day
        (seoul(2027, 3, 3, 18, 30), seoul(2027, 3, 3, 21, 0), False),  # after closing time
        (seoul(2027, 3, 3, 8, 0), seoul(2027, 3, 3, 10, 0), False),  # before opening time
        (seoul(2027, 3, 4, 9, 0), seoul(2027, 3, 5, 18, 0), True),  # Thursday to Friday, within hours
        (seoul(2027, 3, 5, 9, 0), seoul(2027, 3, 8, 18, 0), False),  # over a weekend
    ],
)
def test_an_event_in_a_hall_fits_its_opening_hours(event_index, hall, start, end, fits):
    assert event(event_index, start, end, hall=hall).fits_its_venue() is fits


def test_an_all_day_event_in_a_hall_needs_only_open_days(event_index, hall):
    day = event(event_index, seoul(2027, 3, 3, 0, 0), seoul(2027, 3, 3, 23, 59), hall=hall, is_all_day=True)
    assert day.fits_its_venue()


@pytest.mark.parametrize(
    ("start", "fits"),
    [(seoul(2027, 3, 3, 19, 0), True), (seoul(2027, 3, 7, 10, 0), False), (seoul(2027, 3, 1, 10, 0), False)],
)
def test_an_event_elsewhere_keeps_to_weekdays_that_are_no_korean_holiday(event_index, start, fits):
    # 3 March 2027 a Wednesday; 7 March a Sunday; 1 March Independence Movement Day.
    assert event(event_index, start, start + datetime.timedelta(hours=2)).fits_its_venue() is fits


def test_a_future_event_moves_later_with_its_deadline(event_index, hall):
    saturday = event(
        event_index,
        seoul(2099, 3, 7, 14, 0),  # a Saturday
        seoul(2099, 3, 7, 16, 0),
        hall=hall,
        registration_deadline=seoul(2099, 3, 5, 18, 0),
    )
    assert saturday.move_to_a_day_its_venue_is_open()
    assert saturday.local_start == seoul(2099, 3, 9, 14, 0)  # Monday, same time
    assert saturday.registration_deadline == seoul(2099, 3, 7, 18, 0)


def test_a_past_event_moves_earlier(event_index, hall):
    sunday = event(event_index, seoul(2020, 3, 8, 14, 0), seoul(2020, 3, 8, 16, 0), hall=hall)
    assert sunday.move_to_a_day_its_venue_is_open()
    assert sunday.local_start.date() == datetime.date(2020, 3, 6)  # the Friday before


def test_an_event_that_never_fits_says_so(event_index, hall):
    evening = event(event_index, seoul(2099, 3, 4, 19, 0), seoul(2099, 3, 4, 21, 0), hall=hall)
    assert not evening.move_to_a_day_its_venue_is_open()
