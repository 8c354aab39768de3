"""Registering for an event with the keyboard alone, errors announced, and axe on the form in en/ko/th."""

import pytest

from tests.browser.pages_under_test import AXE_TAGS
from tests.browser.test_accessibility import violation_report

EVENT = "events/asean-batik-workshop/"  # open for registration on the site, 20 places (content/programmes.yaml)


def focused_id(page):
    return page.evaluate("() => document.activeElement.id")


def tab_to(page, element_id, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_id(page) == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def form_address(page, live_url, language):
    page.goto(f"{live_url}/{language}/{EVENT}")
    href = page.get_attribute("a.button[href*='/registrations/']", "href")
    assert href, "the event page's Register button"
    return f"{live_url}{href}"


def test_a_visitor_registers_with_the_keyboard_alone_and_hears_the_errors(live_url, new_page):
    page, watch = new_page()
    page.goto(form_address(page, live_url, "en"))
    page.wait_for_timeout(1100)  # FORM_MIN_FILL_SECONDS of the live server
    tab_to(page, "id_name")
    page.keyboard.type("Keyboard Visitor")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_email"
    page.keyboard.type("keyboard@example.org")
    # Sent without consent: refused, the summary announced and focused, what was typed kept.
    tab_to(page, "id_consent")
    tab_to(page, "")  # past the checkbox, to the button (which has no id)
    assert page.evaluate("() => document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_attribute("#form-errors", "role") == "alert"
    assert focused_id(page) == "form-errors"
    assert "agree" in page.inner_text("#form-errors")
    assert page.get_attribute("#id_consent", "aria-invalid") == "true"
    assert page.input_value("#id_name") == "Keyboard Visitor"
    page.wait_for_timeout(1100)
    tab_to(page, "id_consent")
    page.keyboard.press("Space")
    assert page.is_checked("#id_consent")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/registrations/thanks/" in page.url
    assert "Your place is confirmed" in page.inner_text("h1")
    watch.assert_clean()


@pytest.mark.parametrize("language", ["en", "ko", "th"])
def test_the_registration_form_has_no_accessibility_violations(live_url, new_page, language):
    from axe_playwright_python.sync_playwright import Axe

    page, watch = new_page()
    response = page.goto(form_address(page, live_url, language))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)
    # And with its errors shown.
    page.click("form.visitor-form button[type=submit]")
    page.wait_for_load_state()
    assert page.is_visible("#form-errors")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)
    watch.assert_clean()
