"""Whether a hall is open at a moment, in Korea time, and when it next opens or closes.

Pure functions over plain values, so the rules are tested with fixed clocks and no database.
A day's hours come from, in order: a dated exception for that day, the Korean public-holiday
closure (when the hall observes it), then the weekly schedule.
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

CENTRE_TIME_ZONE = ZoneInfo("Asia/Seoul")
LOOKAHEAD_DAYS = 31


@dataclass(frozen=True)
class Interval:
    opens: datetime.time
    closes: datetime.time


@dataclass(frozen=True)
class DayException:
    date: datetime.date
    intervals: tuple[Interval, ...]  # empty: closed all day
    reason: str = ""


@dataclass(frozen=True)
class Schedule:
    weekly: dict[int, tuple[Interval, ...]]  # Monday is 0
    exceptions: dict[datetime.date, DayException]
    closed_on_public_holidays: bool = True


@dataclass(frozen=True)
class OpenState:
    is_open: bool
    next_change: datetime.datetime | None  # when it closes (if open) or opens (if closed), Korea time
    reason: str = ""  # why it is closed today, when an exception or holiday says so


@lru_cache(maxsize=8)
def korean_public_holidays(year):
    return holidays.country_holidays("KR", years=year)


def public_holiday_name(day):
    return korean_public_holidays(day.year).get(day)


def intervals_on(schedule, day):
    """The opening intervals of `day` and, when the day is an exception or holiday, why."""
    exception = schedule.exceptions.get(day)
    if exception is not None:
        return exception.intervals, exception.reason
    if schedule.closed_on_public_holidays:
        holiday = public_holiday_name(day)
        if holiday:
            return (), holiday
    return schedule.weekly.get(day.weekday(), ()), ""


def _as_moments(day, interval):
    return (
        datetime.datetime.combine(day, interval.opens, CENTRE_TIME_ZONE),
        datetime.datetime.combine(day, interval.closes, CENTRE_TIME_ZONE),
    )


def open_state_at(schedule, moment):
    """Open or closed at `moment` (any time zone), and the next change, in Korea time."""
    if moment.tzinfo is None:
        raise ValueError("open_state_at needs a time-zone-aware moment")
    local = moment.astimezone(CENTRE_TIME_ZONE)
    today_intervals, today_reason = intervals_on(schedule, local.date())
    for interval in today_intervals:
        opens_at, closes_at = _as_moments(local.date(), interval)
        if opens_at <= local < closes_at:
            return OpenState(True, closes_at)
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + datetime.timedelta(days=offset)
        intervals, _reason = intervals_on(schedule, day) if offset else (today_intervals, today_reason)
        for interval in sorted(intervals, key=lambda interval: interval.opens):
            opens_at, _closes_at = _as_moments(day, interval)
            if opens_at > local:
                return OpenState(False, opens_at, today_reason)
    return OpenState(False, None, today_reason)


def midnight_after(day):
    """The first moment of the day after `day` in Korea time: when what is current "today" changes."""
    return datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min, CENTRE_TIME_ZONE)
