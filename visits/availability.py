"""Whether a hall can receive a group on a day and at an arrival time, said in the visitor's language.

Pure functions over the hall's schedule (programmes/opening_hours.py) and a given "today", so the
rules are tested with fixed clocks.
"""

import datetime
from functools import lru_cache

import holidays

from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from programmes.opening_hours import intervals_on

# The languages the holiday calendar names Korea's public holidays in, besides English.
HOLIDAY_NAME_LANGUAGES = ("ko", "th")

# The halls team needs a few days to arrange a guide for a group (the messages say "three days").
MIN_DAYS_AHEAD = 3


# A bound against typing mistakes (2207 for 2027), not a hall policy: later visits are arranged by
# writing to the hall (the message says "a year").
MAX_DAYS_AHEAD = 366


def latest_visit_day(today):
    return today + datetime.timedelta(days=MAX_DAYS_AHEAD)


def earliest_visit_day(today):
    return today + datetime.timedelta(days=MIN_DAYS_AHEAD)


@lru_cache(maxsize=16)
def _korean_public_holidays(year, language):
    return holidays.country_holidays("KR", years=year, language=language)


def closure_reason(schedule, day, reason):
    """Why the hall is closed, with a public holiday named in the visitor's language where the
    holiday calendar knows it (a dated exception's reason is the staff's own words)."""
    language = get_language()
    if not reason or day in schedule.exceptions or language not in HOLIDAY_NAME_LANGUAGES:
        return reason
    return _korean_public_holidays(day.year, language).get(day) or reason


def hours_text(intervals):
    return ", ".join(f"{interval.opens:%H:%M}–{interval.closes:%H:%M}" for interval in intervals)


def day_refusal(schedule, day, today):
    """Why the hall cannot receive a group on `day` (a sentence), or "" when it can."""
    earliest = date_format(earliest_visit_day(today), "DATE_FORMAT")
    if day < today:
        return _("%(date)s has passed. Please choose a day from %(earliest)s.") % {
            "date": date_format(day, "DATE_FORMAT"),
            "earliest": earliest,
        }
    if day < earliest_visit_day(today):
        return _("Please choose a day from %(earliest)s: visits are arranged at least three days ahead.") % {
            "earliest": earliest
        }
    if day > latest_visit_day(today):
        return _("Please choose a day up to %(latest)s: requests are taken at most a year ahead.") % {
            "latest": date_format(latest_visit_day(today), "DATE_FORMAT")
        }
    intervals, reason = intervals_on(schedule, day)
    if intervals:
        return ""
    if reason:
        return _("The hall is closed on %(date)s (%(reason)s).") % {
            "date": date_format(day, "DATE_FORMAT"),
            "reason": closure_reason(schedule, day, reason),
        }
    return _("The hall is closed on %(date)s.") % {"date": date_format(day, "DATE_FORMAT")}


def time_refusal(schedule, day, arrival):
    """Why a group cannot arrive at `arrival` on an open `day` (a sentence), or "" when it can."""
    intervals, _reason = intervals_on(schedule, day)
    if any(interval.opens <= arrival < interval.closes for interval in intervals):
        return ""
    message = _("On %(date)s the hall is open %(hours)s (Korea time). Please choose an arrival time within them.")
    return message % {
        "date": date_format(day, "DATE_FORMAT"),
        "hours": hours_text(intervals),
    }
