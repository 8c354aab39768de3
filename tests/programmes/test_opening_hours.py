"""Open now, and when next: with fixed clocks, across day boundaries, exceptions and time zones."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from programmes.opening_hours import CENTRE_TIME_ZONE, DayException, Interval, Schedule, open_state_at

NINE_TO_SIX = (Interval(datetime.time(9), datetime.time(18)),)
WEEKDAYS_NINE_TO_SIX = Schedule(weekly=dict.fromkeys(range(5), NINE_TO_SIX), exceptions={})


def seoul(*args):
    return datetime.datetime(*args, tzinfo=CENTRE_TIME_ZONE)


@pytest.mark.parametrize(
    ("moment", "is_open", "next_change"),
    [
        (seoul(2026, 12, 2, 10, 0), True, seoul(2026, 12, 2, 18, 0)),  # Wednesday morning
        (seoul(2026, 12, 2, 8, 59, 59), False, seoul(2026, 12, 2, 9, 0)),  # just before opening
        (seoul(2026, 12, 2, 9, 0), True, seoul(2026, 12, 2, 18, 0)),  # opening minute is open
        (seoul(2026, 12, 2, 18, 0), False, seoul(2026, 12, 3, 9, 0)),  # closing minute is closed
        (seoul(2026, 12, 4, 18, 30), False, seoul(2026, 12, 7, 9, 0)),  # Friday evening → Monday
        (seoul(2026, 12, 5, 12, 0), False, seoul(2026, 12, 7, 9, 0)),  # Saturday
        (seoul(2026, 12, 6, 23, 59), False, seoul(2026, 12, 7, 9, 0)),  # Sunday, a minute to midnight
    ],
)
def test_weekly_hours(moment, is_open, next_change):
    state = open_state_at(WEEKDAYS_NINE_TO_SIX, moment)
    assert (state.is_open, state.next_change) == (is_open, next_change)


def test_visitors_clock_elsewhere_is_converted_to_korea_time():
    # 20:00 on Tuesday in New York is 10:00 on Wednesday in Seoul.
    new_york = datetime.datetime(2026, 12, 1, 20, 0, tzinfo=ZoneInfo("America/New_York"))
    state = open_state_at(WEEKDAYS_NINE_TO_SIX, new_york)
    assert state.is_open
    assert state.next_change == seoul(2026, 12, 2, 18, 0)
    # 23:30 UTC on Sunday is 08:30 on Monday in Seoul: closed, opening at nine.
    utc = datetime.datetime(2026, 12, 6, 23, 30, tzinfo=datetime.UTC)
    assert open_state_at(WEEKDAYS_NINE_TO_SIX, utc).next_change == seoul(2026, 12, 7, 9, 0)


def test_korean_public_holiday_closes_the_hall():
    # 2027-03-01 (Monday) is Independence Movement Day.
    state = open_state_at(WEEKDAYS_NINE_TO_SIX, seoul(2027, 3, 1, 11, 0))
    assert not state.is_open
    assert state.next_change == seoul(2027, 3, 2, 9, 0)
    assert state.reason


def test_chuseok_closes_three_days_in_a_row():
    state = open_state_at(WEEKDAYS_NINE_TO_SIX, seoul(2027, 9, 13, 18, 0))  # Monday evening before Chuseok
    assert state.next_change == seoul(2027, 9, 17, 9, 0)


def test_hall_that_ignores_public_holidays_stays_open():
    schedule = Schedule(weekly=dict.fromkeys(range(7), NINE_TO_SIX), exceptions={}, closed_on_public_holidays=False)
    assert open_state_at(schedule, seoul(2027, 3, 1, 11, 0)).is_open


def test_dated_closure_and_special_hours():
    exceptions = {
        datetime.date(2026, 12, 2): DayException(datetime.date(2026, 12, 2), (), "Exhibition change-over"),
        datetime.date(2026, 12, 3): DayException(
            datetime.date(2026, 12, 3), (Interval(datetime.time(13), datetime.time(20)),), "Late opening"
        ),
    }
    schedule = Schedule(weekly=WEEKDAYS_NINE_TO_SIX.weekly, exceptions=exceptions)
    closed = open_state_at(schedule, seoul(2026, 12, 2, 10, 0))
    assert not closed.is_open and closed.reason == "Exhibition change-over"
    assert closed.next_change == seoul(2026, 12, 3, 13, 0)
    assert open_state_at(schedule, seoul(2026, 12, 3, 19, 0)).is_open
    assert not open_state_at(schedule, seoul(2026, 12, 3, 10, 0)).is_open


def test_exception_can_open_a_weekend_day():
    saturday = datetime.date(2026, 12, 5)
    schedule = Schedule(
        weekly=WEEKDAYS_NINE_TO_SIX.weekly,
        exceptions={saturday: DayException(saturday, (Interval(datetime.time(10), datetime.time(16)),), "Open day")},
    )
    assert open_state_at(schedule, seoul(2026, 12, 5, 11, 0)).is_open
    assert open_state_at(schedule, seoul(2026, 12, 4, 19, 0)).next_change == seoul(2026, 12, 5, 10, 0)


def test_lunch_break_with_two_intervals():
    split = (Interval(datetime.time(9), datetime.time(12)), Interval(datetime.time(13), datetime.time(18)))
    schedule = Schedule(weekly={0: split}, exceptions={})
    lunch = open_state_at(schedule, seoul(2026, 12, 7, 12, 30))
    assert not lunch.is_open and lunch.next_change == seoul(2026, 12, 7, 13, 0)
    assert open_state_at(schedule, seoul(2026, 12, 7, 11, 0)).next_change == seoul(2026, 12, 7, 12, 0)


def test_never_open_has_no_next_change():
    state = open_state_at(Schedule(weekly={}, exceptions={}), seoul(2026, 12, 2, 10, 0))
    assert not state.is_open and state.next_change is None


def test_naive_moment_is_refused():
    with pytest.raises(ValueError, match="time-zone-aware"):
        open_state_at(WEEKDAYS_NINE_TO_SIX, datetime.datetime(2026, 12, 2, 10, 0))
