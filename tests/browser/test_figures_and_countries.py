"""In the browser: the figures page's chart and table, a country page's flag, a publication's facts."""

import pytest


@pytest.mark.parametrize("language", ["en", "ko", "th"])
def test_the_chart_is_an_image_with_a_text_alternative_next_to_its_table(live_url, new_page, language):
    page, watch = new_page()
    assert page.goto(f"{live_url}/{language}/publications/figures/").status == 200
    chart = page.locator(".dataset__chart svg")
    assert chart.get_attribute("role") == "img"
    assert "Browser test figures" in chart.locator("title").text_content() or language != "en"
    assert "Alpha" in chart.locator("desc").text_content()
    assert page.locator(".dataset__table tbody tr").count() == 3
    assert page.locator(".dataset__chart svg .chart__bar").count() == 3
    assert page.locator(".dataset__source a").get_attribute("href") == "https://example.org/"
    page.keyboard.press("Tab")  # the scrollable table region is reachable by keyboard
    watch.assert_clean()


def test_a_country_page_shows_its_flag_and_facts(live_url, new_page):
    page, watch = new_page()
    assert page.goto(f"{live_url}/ko/asean/cambodia/").status == 200
    assert page.locator("h1").text_content().strip() == "캄보디아"
    flag = page.locator(".country__flag img")
    assert flag.get_attribute("alt")
    assert flag.evaluate("image => image.naturalWidth") > 0, "the flag's SVG file is served"
    assert page.locator(".country__flag figcaption").count() == 1, "the simplified flag says so"
    watch.assert_clean()
