"""axe-core on every page type in en, ko and th: 0 violations, no console errors, no failed requests."""

import pytest

from tests.browser.pages_under_test import AXE_TAGS, PAGE_TYPES


def violation_report(results):
    lines = []
    for violation in results.response["violations"]:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"][:5])
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["en", "ko", "th"])
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_has_no_accessibility_violations(live_url, new_page, language, name):
    from axe_playwright_python.sync_playwright import Axe

    page, watch = new_page()
    response = page.goto(f"{live_url}/{language}/{PAGE_TYPES[name]}")
    assert response.status == (404 if name == "not-found" else 200)
    assert page.get_attribute("html", "lang") == language
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, violation_report(results)
    if name == "not-found":
        watch.expect_not_found_page()
    watch.assert_clean()
