"""What a page shows that follows the clock is noted with the moment it next changes."""

import datetime

import pytest

from django.utils import timezone

from akc_site.cache_tags import collecting
from programmes.models import ExhibitionPage
from programmes.opening_hours import CENTRE_TIME_ZONE, midnight_after

pytestmark = pytest.mark.django_db


def test_midnight_after_is_the_next_day_in_korea_time():
    moment = midnight_after(datetime.date(2026, 12, 31))
    assert moment == datetime.datetime(2027, 1, 1, tzinfo=CENTRE_TIME_ZONE)


def test_a_hall_notes_its_next_opening_or_closing(seoul_hall):
    now = timezone.now()
    with collecting() as collector:
        state = seoul_hall.open_state_at(now)
    assert state.next_change is not None
    assert collector.changes_at <= state.next_change


def test_a_hall_page_changes_when_a_current_exhibition_closes(client, seoul_hall):
    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    seoul_hall.add_child(
        instance=ExhibitionPage(title="Closing", slug="closing", introduction="I", opens_on=today, closes_on=today)
    )
    with collecting() as collector:
        client.get("/en/halls/seoul/")
    assert collector.changes_at <= midnight_after(today)
