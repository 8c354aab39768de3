"""The home page: under 100 kB transferred without images, and nothing waits for a script."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.staticfiles import finders
from django.templatetags.static import static

BUDGET_BYTES = 100_000


def static_size(url):
    path = finders.find(url.removeprefix(static("")))
    assert path, f"{url} is not a static file of the site"
    with open(path, "rb") as file:
        return len(file.read())


@pytest.mark.parametrize("language", ["en", "ko", "th", "my"])
def test_home_page_transfer_stays_under_budget(client, db, language):
    response = client.get(f"/{language}/")
    document = BeautifulSoup(response.content, "html.parser")
    assets = [link["href"] for link in document.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in document.select("script[src]")]
    total = len(response.content) + sum(static_size(url) for url in assets)
    assert total < BUDGET_BYTES, f"{total} bytes"


def test_nothing_on_the_home_page_blocks_on_a_script(client, db):
    document = BeautifulSoup(client.get("/en/").content, "html.parser")
    blocking = [script for script in document.select("head script[src]") if not script.has_attr("defer")]
    assert blocking == []
    assert document.select_one("main h1"), "the largest content is plain HTML"
