"""What the visit tests share: a fixed Korea-time "today", a hall, and valid form data."""

import datetime
import time
from unittest import mock

import pytest

from contact import guards
from programmes.models import HallIndexPage
from tests.factories import HallPageFactory, weekday_hours

# A Monday; the earliest day a group may come is then Thursday 25 February 2027.
TODAY = datetime.date(2027, 2, 22)
OPEN_DAY = datetime.date(2027, 3, 2)  # a Tuesday, no holiday


def stamp_from(seconds_ago):
    """A stamp as the form would have carried, shown that many seconds ago."""
    with mock.patch("time.time", return_value=time.time() - seconds_ago):
        return guards.new_stamp()


def visit_data(**changes):
    values = {
        "visit_date": OPEN_DAY.isoformat(),
        "arrival_time": "10:30",
        "group_size": "25",
        "age_group": "school_pupils",
        "guide_language": "ko",
        "organisation": "Hanbit Middle School",
        "contact_name": "Kim Minji",
        "email": "teacher@example.org",
        "telephone": "+82 2 123 4567",
        "message": "Two pupils use wheelchairs.",
        "consent": "on",
        "started": stamp_from(60),
    }
    values.update(changes)
    return {name: value for name, value in values.items() if value is not None}


@pytest.fixture
def fixed_today(monkeypatch):
    monkeypatch.setattr("visits.forms.korea_today", lambda: TODAY)
    return TODAY


@pytest.fixture
def hall(db):
    """Open Monday to Friday, 9:00 to 18:00 Korea time, closed on Korean public holidays."""
    return HallPageFactory(
        parent=HallIndexPage.objects.get(),
        slug="visit-hall",
        title="Visit Hall",
        weekly_hours=weekday_hours(),
        contact_email="hall@example.org",
    )
