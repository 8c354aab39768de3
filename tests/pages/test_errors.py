"""Error pages speak the visitor's language; the 500 page needs no database."""

import pytest
from bs4 import BeautifulSoup

from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from django.views.defaults import server_error


@pytest.mark.parametrize(("language", "heading"), [("en", "Page not found"), ("ko", "페이지를 찾을 수 없습니다")])
def test_404_page_in_the_visitors_language(client, db, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    assert document.h1.get_text(strip=True) == heading


@pytest.mark.parametrize("language", ["en", "ko", "th"])
def test_500_page_renders_without_the_database(language):
    # No `db` fixture: pytest-django makes any database access here an error.
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        response = server_error(request)
    assert response.status_code == 500
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    with translation.override(language):
        assert document.h1.get_text(strip=True) == gettext("Something went wrong")


def test_500_page_is_translated(db):
    with translation.override("ko"):
        response = server_error(RequestFactory().get("/ko/"))
    assert "문제가 발생했습니다" in response.content.decode()


@pytest.mark.parametrize("query", ["?page=abc", "?q=%ff%fe", "?" + "x" * 2048, "?lang=../../etc/passwd", "?%00=%00"])
def test_odd_query_strings_never_break_a_page(client, db, query):
    assert client.get(f"/en/about/{query}").status_code == 200
