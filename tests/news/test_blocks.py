"""The video facade and the gallery: addresses read, nothing third-party in the page, strict CSP."""

import pytest
from bs4 import BeautifulSoup

from wagtail.blocks import StructBlockValidationError

from news.blocks import NewsBodyBlock, VideoBlock
from news.video import parse_video_url


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=abcdefghijk", "YouTube", "abcdefghijk"),
        ("https://youtu.be/abcdefghijk?t=10", "YouTube", "abcdefghijk"),
        ("https://www.youtube.com/shorts/abcdefghijk", "YouTube", "abcdefghijk"),
        ("https://www.youtube-nocookie.com/embed/abcdefghijk", "YouTube", "abcdefghijk"),
        ("https://vimeo.com/123456789", "Vimeo", "123456789"),
        ("https://player.vimeo.com/video/123456789", "Vimeo", "123456789"),
    ],
)
def test_video_addresses_are_read(url, provider, video_id):
    video = parse_video_url(url)
    assert (video.provider, video.video_id) == (provider, video_id)


@pytest.mark.parametrize(
    "url",
    [
        "",
        None,
        "https://example.org/watch?v=abcdefghijk",
        "https://www.youtube.com/watch?v=short",
        'https://www.youtube.com/watch?v=abcdefghijk"><script>',
        "javascript:alert(1)",
        "https://vimeo.com/channels/staffpicks",
        "https://[::1",
    ],
)
def test_other_addresses_are_refused(url):
    assert parse_video_url(url) is None


def test_the_block_refuses_an_address_it_cannot_play():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"url": "https://example.org/video", "title": "A video"}))


def test_facade_holds_no_third_party_resource_and_no_inline_script():
    block = NewsBodyBlock()
    value = block.to_python(
        [{"type": "video", "value": {"url": "https://youtu.be/abcdefghijk", "title": "Forum highlights"}, "id": "v"}]
    )
    html = block.render(value)
    document = BeautifulSoup(html, "html.parser")
    facade = document.select_one(".video-facade")
    assert facade["data-embed-src"] == "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1"
    assert not document.select("iframe, script, img[src^=http], link")
    assert "Forum highlights" in document.select_one("button.video-facade__play").get_text()
    assert document.select_one('a[href="https://www.youtube.com/watch?v=abcdefghijk"]'), "a link without script"


def test_news_page_loads_the_facade_script_from_the_site_and_frames_only_the_players(client, make_news):
    item = make_news(
        body=[{"type": "video", "value": {"url": "https://vimeo.com/123456789", "title": "Clip"}, "id": "v"}]
    )
    response = client.get(f"/en{item.url_path[len('/home') :]}")
    document = BeautifulSoup(response.content, "html.parser")
    scripts = [script for script in document.find_all("script") if script.get("type") != "application/ld+json"]
    assert [script["src"] for script in scripts] == ["/static/js/video-facade.js"]
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    )
    assert policy["frame-src"].split() == ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    assert policy["script-src"] == "'self'" and policy["img-src"] == "'self' data:"
