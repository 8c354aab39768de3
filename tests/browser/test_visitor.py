"""What a visitor sees and does: keyboard order, the switcher, the menu without script, screenshots."""

import pytest

from tests.browser.pages_under_test import PAGE_TYPES


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName, text: e.textContent.trim(),"
        " href: e.getAttribute('href'), inSwitcher: !!e.closest('.language-switcher'),"
        " inMenu: !!e.closest('.main-menu'), inFilters: !!e.closest('form.filters')}; }"
    )


def tab_until(page, predicate, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if predicate(focused(page)):
            return True
    return False


def test_keyboard_reaches_skip_link_first_then_switcher_menu_and_filters(live_url, new_page):
    page, watch = new_page()
    page.goto(f"{live_url}/en/events/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["href"] == "#main" and "Skip" in first["text"]
    assert tab_until(page, lambda element: element["inSwitcher"])
    assert tab_until(page, lambda element: element["inMenu"])
    assert tab_until(page, lambda element: element["inFilters"])
    watch.assert_clean()


def test_skip_link_moves_focus_to_the_main_content(live_url, new_page):
    page, _watch = new_page()
    page.goto(f"{live_url}/en/about/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_switcher_leads_to_the_same_page_in_the_chosen_language(live_url, new_page):
    page, watch = new_page()
    page.goto(f"{live_url}/en/about/greetings/")
    page.click('.language-switcher a[hreflang="ko"]')
    page.wait_for_load_state()
    assert page.url == f"{live_url}/ko/about/greetings/"
    assert page.get_attribute("html", "lang") == "ko"
    assert "김해용" in page.inner_text("main")
    watch.assert_clean()


def test_fallback_notice_in_thai(live_url, new_page):
    page, _watch = new_page()
    page.goto(f"{live_url}/th/events/asean-batik-workshop/")  # an example, translated only into Korean
    assert page.is_visible(".fallback-notice:not(.review-notice)")
    assert page.get_attribute("h1", "lang") == "en"


def test_the_real_pages_in_thai_say_their_translation_awaits_review(live_url, new_page):
    page, _watch = new_page()
    page.goto(f"{live_url}/th/about/")
    assert page.is_visible(".review-notice")
    assert not page.is_visible(".fallback-notice:not(.review-notice)")
    assert page.get_attribute("h1", "lang") is None


@pytest.mark.parametrize("javascript", [False, True])
def test_on_a_phone_the_languages_are_one_control_before_the_content(live_url, new_page, javascript):
    page, watch = new_page(width=390, javascript=javascript)
    page.goto(f"{live_url}/en/about/greetings/")
    assert not page.is_visible(".language-switcher__list")
    toggle = page.locator(".language-toggle--open")
    assert toggle.is_visible() and "English" in toggle.inner_text()
    assert page.locator("main h1").bounding_box()["y"] < 844, "the content starts on the first screen"
    page.focus(".language-toggle--open")
    page.keyboard.press("Enter")
    page.wait_for_selector(".language-switcher__list", state="visible")
    page.click('.language-switcher a[hreflang="ko"]')
    page.wait_for_load_state()
    assert page.url == f"{live_url}/ko/about/greetings/", "the same page in the chosen language"
    watch.assert_clean()


def test_on_a_wide_screen_the_languages_are_listed(live_url, new_page):
    page, _watch = new_page(width=1280)
    page.goto(f"{live_url}/en/")
    assert page.is_visible(".language-switcher__list")
    assert not page.is_visible(".language-toggle--open")


@pytest.mark.parametrize("javascript", [False, True])
def test_mobile_menu_opens_and_closes_with_the_keyboard(live_url, new_page, javascript):
    page, watch = new_page(width=390, javascript=javascript)
    page.goto(f"{live_url}/en/")
    assert not page.is_visible(".main-menu__list")
    page.focus(".menu-toggle--open")
    page.keyboard.press("Enter")
    page.wait_for_selector(".main-menu__list", state="visible")
    page.focus(".menu-toggle--close")
    page.keyboard.press("Enter")
    page.wait_for_selector(".main-menu__list", state="hidden")
    watch.assert_clean()


def test_desktop_menu_is_always_visible(live_url, new_page):
    page, _watch = new_page(width=1280)
    page.goto(f"{live_url}/en/")
    assert page.is_visible(".main-menu__list")
    assert not page.is_visible(".menu-toggle--open")


def test_event_filters_work_without_javascript(live_url, new_page):
    page, watch = new_page(javascript=False)
    page.goto(f"{live_url}/en/events/")
    page.select_option("select[name=when]", "past")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "when=past" in page.url
    assert "Past events" in page.inner_text("h1")
    watch.assert_clean()


def test_targets_are_at_least_24_pixels(live_url, new_page):
    page, _watch = new_page(width=390)
    page.goto(f"{live_url}/en/events/")
    too_small = page.evaluate(
        """() => [...document.querySelectorAll('a, button, select, input')]
            .filter(e => e.offsetParent !== null && !e.closest('p, li, dd, td, address'))
            .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect()])
            .filter(([, r]) => r.width < 24 || r.height < 24)
            .map(([html]) => html)"""
    )
    assert too_small == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("language", ["en", "ko", "th"])
def test_screenshots_of_every_page_type(live_url, new_page, screenshot_dir, width, language):
    page, watch = new_page(width=width)
    for name, path in PAGE_TYPES.items():
        page.goto(f"{live_url}/{language}/{path}")
        page.screenshot(path=screenshot_dir / f"{language}-{name}-{width}.png", full_page=True)
        if name == "not-found":
            watch.expect_not_found_page()
    print(f"screenshots in {screenshot_dir}")  # noqa: T201 -- tells a person where to look
    watch.assert_clean()


def test_close_menu_link_is_hidden_on_desktop(live_url, new_page):
    page, _watch = new_page(width=1280)
    page.goto(f"{live_url}/ko/about/greetings/")
    assert not page.is_visible(".menu-toggle--close")
