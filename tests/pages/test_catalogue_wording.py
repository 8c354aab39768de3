"""Translations that read right once their placeholders are filled in (slips a native speaker saw)."""

import datetime

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from programmes.opening_hours import CENTRE_TIME_ZONE


def test_the_korean_fallback_notice_needs_no_particle_in_brackets():
    request = RequestFactory().get("/ko/")
    with translation.override("ko"):
        request.LANGUAGE_CODE = "ko"
        for fields in ({"title"}, {"body"}):
            text = render_to_string("includes/fallback_notice.html", {"fallback_fields": fields}, request=request)
            assert "(으)" not in text and "한국어" in text, text


def test_the_thai_opening_time_names_the_weekday_once():
    class Closed:
        is_open = False
        reason = ""
        next_change = datetime.datetime(2026, 12, 7, 9, 0, tzinfo=CENTRE_TIME_ZONE)  # a Monday

    with translation.override("th"):
        text = render_to_string("programmes/includes/open_state.html", {"state": Closed()})
    assert "วันวัน" not in text
    assert "เปิดวันจันทร์" in text, text
