"""Translate side by side in a real browser: a translator opens a hall page in Thai from the report,
axe finds nothing, the columns sit side by side on a wide screen and stack on a narrow one, and a
translation typed there is saved."""

import pytest

from tests.browser.conftest import live_manage
from tests.browser.pages_under_test import AXE_TAGS
from tests.browser.test_accessibility import violation_report
from tests.factories import PASSWORD

TRANSLATOR = "browser-translator"
MAKE_TRANSLATOR = f"""
from django.contrib.auth.models import Group, User
user = User.objects.create_user("{TRANSLATOR}", "{TRANSLATOR}@example.org", "{PASSWORD}")
user.groups.add(Group.objects.get(name="Translators"))
from programmes.models import HallPage
print(HallPage.objects.get(slug="seoul").pk)
"""


@pytest.fixture(scope="module")
def seoul_hall_id(live_url, live_environment):
    return int(live_manage(live_environment, "shell", "-c", MAKE_TRANSLATOR).stdout.strip().splitlines()[-1])


def ignore_gravatar(watch):
    """Wagtail's sidebar asks gravatar.com for the user's avatar, which the admin's CSP blocks (as it
    should: no third-party images); that is the admin's furniture, not this view."""
    watch.console_errors = [error for error in watch.console_errors if "gravatar.com" not in error]
    watch.failed_requests = [request for request in watch.failed_requests if "gravatar.com" not in request]


def log_in(page, live_url):
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", TRANSLATOR)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")


def test_a_translator_translates_side_by_side(live_url, new_page, seoul_hall_id):
    from axe_playwright_python.sync_playwright import Axe

    page, watch = new_page(width=1280)
    log_in(page, live_url)
    page.goto(f"{live_url}/admin/translations/?language=th")
    address = f"/admin/translations/{seoul_hall_id}/th/side-by-side/"
    with page.expect_navigation():
        page.click(f"a.translation-side-by-side[href='{address}']")
    assert page.url == live_url + address
    assert page.locator("li.side-by-side__row").count() > 3
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)

    row = page.locator("li.side-by-side__row").first
    english, translation = row.locator(".side-by-side__english"), row.locator("textarea")
    assert english.bounding_box()["x"] < translation.bounding_box()["x"]  # two columns
    translation.fill("ศูนย์อาเซียน-เกาหลี ทดสอบ")
    with page.expect_navigation():
        page.click("button[name=save]")
    assert page.url == live_url + address
    assert "saved as a draft" in page.text_content(".messages")
    assert page.locator("li.side-by-side__row").first.locator("textarea").input_value() == "ศูนย์อาเซียน-เกาหลี ทดสอบ"
    # Wagtail's message fades in: axe would measure its colours halfway.
    page.wait_for_function("() => document.getAnimations().every(animation => animation.playState !== 'running')")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)
    ignore_gravatar(watch)
    watch.assert_clean()


def test_the_columns_stack_on_a_narrow_screen(live_url, new_page, seoul_hall_id):
    page, watch = new_page(width=390, height=844)
    log_in(page, live_url)
    page.goto(f"{live_url}/admin/translations/{seoul_hall_id}/th/side-by-side/")
    row = page.locator("li.side-by-side__row").first
    english, translation = row.locator(".side-by-side__english"), row.locator("textarea")
    assert english.bounding_box()["y"] + english.bounding_box()["height"] <= translation.bounding_box()["y"]
    ignore_gravatar(watch)
    watch.assert_clean()
