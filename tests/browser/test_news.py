"""The video facade in a real browser: no request leaves the site before the visitor presses play."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import live_manage

CREATE_VIDEO_ITEM = """
from news.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.get()
item = NewsPage(
    title="Video test item", slug="video-test-item", kind="photo_report", introduction="A video.",
    body=[{"type": "video", "value": {"url": "https://www.youtube.com/watch?v=abcdefghijk",
           "title": "Forum highlights", "caption": "Highlights"}, "id": "video"}],
)
index.add_child(instance=item)
item.save_revision().publish()
print(item.url_path)
"""


@pytest.fixture(scope="module")
def video_item_url(live_url, live_environment):
    url_path = live_manage(live_environment, "shell", "-c", CREATE_VIDEO_ITEM).stdout.strip().splitlines()[-1]
    return f"{live_url}/en{url_path[len('/home') :]}"


def watch_requests(page, live_url):
    """Every request the page makes; third-party ones are answered locally (no network in tests)."""
    site_host = urlsplit(live_url).netloc
    requests = []

    def handle(route):
        requests.append(route.request.url)
        if urlsplit(route.request.url).netloc == site_host:
            route.continue_()
        else:
            route.fulfill(status=200, content_type="text/html", body="<!DOCTYPE html><title>player</title>")

    page.route("**/*", handle)
    return lambda: [url for url in requests if urlsplit(url).netloc != site_host]


def test_nothing_third_party_loads_before_the_click(live_url, new_page, video_item_url):
    page, watch = new_page()
    third_party = watch_requests(page, live_url)
    page.goto(video_item_url)
    page.wait_for_load_state("networkidle")
    assert third_party() == []
    assert page.locator("iframe").count() == 0
    button = page.get_by_role("button", name="Play the video “Forum highlights” (from YouTube)")
    button.click()
    frame = page.locator("iframe.video-facade__player")
    frame.wait_for()
    assert frame.get_attribute("title") == "Forum highlights"
    page.wait_for_load_state("networkidle")
    assert third_party() == ["https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1"]
    watch.assert_clean()


def test_without_script_the_button_is_hidden_and_a_link_remains(live_url, new_page, video_item_url):
    page, _watch = new_page(javascript=False)
    third_party = watch_requests(page, live_url)
    page.goto(video_item_url)
    assert not page.is_visible("button.video-facade__play")
    assert page.get_attribute(".video-facade__notice a", "href") == "https://www.youtube.com/watch?v=abcdefghijk"
    assert third_party() == []
