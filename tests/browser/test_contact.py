"""The inquiry form in a real browser, sent with the keyboard alone, errors and all."""

import re

from playwright.sync_api import expect

from contact.guards import HONEYPOT

# The live server refuses a send sooner than FORM_MIN_FILL_SECONDS (1, tests/browser/conftest.py).
MIN_FILL_MILLISECONDS = 1100


def tab_to(page, name, limit=80):
    """Press Tab until the field called `name` has the focus, as a keyboard user would."""
    for _press in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.name") == name:
            return
    raise AssertionError(f"Tab never reached the field {name!r}")


def test_a_visitor_sends_an_inquiry_with_the_keyboard_alone(live_url, new_page):
    page, watch = new_page()
    page.goto(f"{live_url}/en/contact/")
    tab_to(page, "topic")
    page.keyboard.press("ArrowDown")  # the next topic: press and media
    page.keyboard.press("Tab")
    page.keyboard.type("Siti Rahmah")
    page.keyboard.press("Tab")
    page.keyboard.type("siti.example.org")  # no @: refused
    page.keyboard.press("Tab")
    page.keyboard.type("Universiti Malaya")
    page.keyboard.press("Tab")
    page.keyboard.type("When does the next ASEAN-Korea media programme open?")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "consent", "the honeypot is out of the tab order"
    page.keyboard.press("Space")
    page.wait_for_timeout(MIN_FILL_MILLISECONDS)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    summary = page.locator("#form-errors[role=alert]")
    expect(summary).to_contain_text("E-mail")
    email = page.locator("#id_email")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_attribute("aria-describedby", re.compile("id_email_error"))
    expect(page.locator("#id_message")).to_have_value("When does the next ASEAN-Korea media programme open?")
    expect(page.locator("#id_organisation")).to_have_value("Universiti Malaya")
    expect(page.locator("#id_topic")).to_have_value("press")

    # The summary's link takes the keyboard to the field to correct.
    tab_to(page, "email", limit=40)
    page.keyboard.press("Control+A")
    page.keyboard.type("siti@example.org")
    tab_to(page, "consent", limit=10)
    if not page.locator("#id_consent").is_checked():
        page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{live_url}/en/contact/sent/")
    expect(page.locator("h1")).to_have_text("Thank you: your message has been sent")
    expect(page.locator(f"[name={HONEYPOT}]")).to_have_count(0)
    watch.assert_clean()
