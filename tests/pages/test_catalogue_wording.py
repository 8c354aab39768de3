"""Translations that read right once their placeholders are filled in (slips a native speaker saw)."""

import datetime
from pathlib import Path

import polib

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from programmes.opening_hours import CENTRE_TIME_ZONE

PROJECT_DIR = Path(__file__).resolve().parents[2]


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


def test_korean_names_one_thing_one_way():
    """The strategic priorities are 전략 분야 and the accessibility statement 접근성 선언문, in the UI
    catalogue and in the content alike."""
    texts = [
        entry.msgstr
        for path in (PROJECT_DIR / "locale/ko/LC_MESSAGES/django.po", PROJECT_DIR / "content/locale/ko.po")
        for entry in polib.pofile(str(path))
    ]
    assert not [text for text in texts if "전략적 중점" in text or "접근성 정책" in text]
    assert any("전략 분야" in text for text in texts) and any("접근성 선언문" in text for text in texts)
