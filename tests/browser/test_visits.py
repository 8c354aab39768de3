"""A hall group visit requested with the keyboard alone; the form page passes axe in en, ko and th."""

import datetime
import time

import pytest

from django.conf import settings
from django.utils import timezone

from programmes.opening_hours import CENTRE_TIME_ZONE, public_holiday_name
from tests.browser.pages_under_test import AXE_TAGS
from tests.browser.test_accessibility import violation_report
from tests.browser.test_visitor import focused, tab_until
from visits.availability import MIN_DAYS_AHEAD


def open_weekday():
    """A day the Seoul hall of the initial content is open (Monday to Friday, no public holiday),
    a week or more ahead."""
    day = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE) + datetime.timedelta(days=MIN_DAYS_AHEAD + 4)
    while day.weekday() >= 5 or public_holiday_name(day):
        day += datetime.timedelta(days=1)
    return day


def form_url(page, live_url, language):
    page.goto(f"{live_url}/{language}/halls/seoul/")
    return live_url + page.get_attribute("section[aria-labelledby=group-visits-title] a", "href")


@pytest.fixture
def keyboard_page(browser):
    # A fixed locale, so that typing into the date and time inputs follows the en-US segments.
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def tab_to(page, element_id):
    assert tab_until(page, lambda _element: page.evaluate("() => document.activeElement.id") == element_id), element_id


@pytest.mark.parametrize("language", ["en", "ko", "th"])
def test_the_visit_form_has_no_accessibility_violations(live_url, new_page, language):
    from axe_playwright_python.sync_playwright import Axe

    page, watch = new_page()
    url = form_url(page, live_url, language)
    response = page.goto(url)
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)
    with page.expect_navigation():
        page.click("form.visitor-form button[type=submit]")  # everything empty: every error shown
    assert page.is_visible("#form-errors[role=alert]")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)
    watch.assert_clean()


def test_a_group_visit_requested_with_the_keyboard_only(live_url, keyboard_page):
    page = keyboard_page
    page.goto(f"{live_url}/en/halls/seoul/")
    assert tab_until(page, lambda element: element["text"] == "Request a group visit", limit=120)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/en/hall-visits/" in page.url
    shown_at = time.monotonic()

    day = open_weekday()
    # Date and time inputs hold a tab stop per part (and the date a picker), so each field is
    # reached by tabbing until it has the focus.
    for element_id, keys in (("id_visit_date", day.strftime("%m%d%Y")), ("id_arrival_time", "1030AM")):
        tab_to(page, element_id)
        page.keyboard.type(keys)
    tab_to(page, "id_group_size")
    page.keyboard.type("24")
    tab_to(page, "id_age_group_0")  # the arrow keys move along the group
    page.keyboard.press("ArrowDown")
    assert page.is_checked("#id_age_group_1")
    tab_to(page, "id_guide_language")
    page.keyboard.type("English")
    for element_id, text in (
        ("id_organisation", "Hanbit Middle School"),
        ("id_contact_name", "Kim Minji"),
        ("id_email", "teacher@example.org"),
        ("id_telephone", "+82 2 123 4567"),
        ("id_message", "Two wheelchairs."),
    ):
        tab_to(page, element_id)
        page.keyboard.type(text)
    page.keyboard.press("Tab")
    assert focused(page)["tag"] == "INPUT" and page.evaluate("() => document.activeElement.name") == "consent"
    # Sent first without consent: the problem is announced and nothing typed is lost.
    page.wait_for_timeout(max(0, (settings.FORM_MIN_FILL_SECONDS + 1 - (time.monotonic() - shown_at)) * 1000))
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_attribute("#form-errors", "role") == "alert"
    assert "Please agree" in page.inner_text("#form-errors")
    assert page.get_attribute("#id_consent", "aria-invalid") == "true"
    assert page.input_value("#id_visit_date") == day.isoformat()
    assert page.input_value("#id_arrival_time") == "10:30"
    assert page.input_value("#id_organisation") == "Hanbit Middle School"
    assert page.input_value("#id_guide_language") == "en"

    shown_at = time.monotonic()
    tab_to(page, "id_consent")
    page.keyboard.press("Space")
    assert page.is_checked("#id_consent")
    page.wait_for_timeout(max(0, (settings.FORM_MIN_FILL_SECONDS + 1 - (time.monotonic() - shown_at)) * 1000))
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/thanks/")
    assert page.inner_text("h1") == "Your request has been sent"
