"""Missing translations fall back to English, say so in the visitor's language, and mark lang="en"."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from pages.fallback import fallback_field_names
from pages.models import StandardPage


def test_page_without_thai_renders_english_with_a_thai_notice(client, about):
    response = client.get("/th/about/")
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == "th"
    assert document.h1.get_text(strip=True) == about.title_en
    assert document.h1["lang"] == "en"
    notice = document.select_one(".fallback-notice")
    assert notice is not None
    assert "ไทย" in notice.get_text()
    assert document.select_one(".standard-page__body")["lang"] == "en"


def test_partly_translated_page_marks_only_the_missing_parts(client, about):
    about.title_th = "เกี่ยวกับศูนย์"
    about.save_revision().publish()
    document = BeautifulSoup(client.get("/th/about/").content, "html.parser")
    assert document.h1.get_text(strip=True) == "เกี่ยวกับศูนย์"
    assert not document.h1.has_attr("lang")
    assert document.select_one(".standard-page__body")["lang"] == "en"
    assert document.select_one(".fallback-notice") is not None


def test_complete_translation_shows_no_notice(client, db):
    document = BeautifulSoup(client.get("/ko/about/").content, "html.parser")
    assert document.select_one(".fallback-notice") is None
    assert not document.select("main [lang=en]")


@pytest.mark.parametrize("empty_markup", ['<p data-block-key="a1b2c"></p>', "<p> </p>", "<p><br/></p>"])
def test_untouched_rich_text_editor_counts_as_missing(about, empty_markup, client):
    about.body_th = [{"type": "paragraph", "value": empty_markup}]
    about.save_revision().publish()
    about.refresh_from_db()
    assert len(about.body_th) == 0
    assert "body" in fallback_field_names(about, "th")
    body = BeautifulSoup(client.get("/th/about/").content, "html.parser").select_one(".standard-page__body")
    assert body["lang"] == "en"
    assert body.get_text(strip=True)


def test_paragraph_with_an_image_only_is_kept(about):
    about.body_th = [{"type": "paragraph", "value": '<p data-block-key="x"></p><embed embedtype="image" id="1"/>'}]
    about.save()
    about.refresh_from_db()
    assert len(about.body_th) == 1


def test_translated_title_is_used_in_navigation(client, home):
    about = StandardPage.objects.child_of(home).get(slug="about")
    with translation.override("ko"):
        korean_title = about.title
    menu = BeautifulSoup(client.get("/ko/").content, "html.parser").select_one(".main-menu")
    assert korean_title in menu.get_text()
