"""The editor's traps from ARCHITECTURE.md §4: language picker, previews, search, explorer titles."""

import json

import pytest
from bs4 import BeautifulSoup

from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from akc_site.languages import LANGUAGE_CODES
from pages.models import PriorityPage
from tests.admin_forms import initial_form_data

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_language_picker_script_knows_the_indonesian_fields(editor_client, priority):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[priority.pk]))
    document = soup(response)
    assert document.select_one('label[for="id_title_ind"]').get_text(strip=True) == "Title [ind]"
    sources = [script.get("src", "") for script in document.select("script[src]")]
    picker = next(i for i, src in enumerate(sources) if "wagtail_modeltranslation/js/language_toggles.js" in src)
    ours = next(i for i, src in enumerate(sources) if "js/admin/translation-fields.js" in src)
    assert ours > picker, "runs after the picker's script is loaded, before its handlers run"
    script = document.select("script[src]")[ours]
    assert json.loads(script["data-field-suffixes"])["id"] == "ind"
    assert json.loads(script["data-language-names"])["th"] == "ไทย"
    assert finders.find("js/admin/translation-fields.js")


def preview(client, page, mode):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = initial_form_data(client, reverse("wagtailadmin_pages:edit", args=[page.pk]), "form#page-edit-form")
    assert client.post(url, data).json()["is_valid"]
    return client.get(url, {"mode": mode})


def test_preview_offers_one_mode_per_language(priority):
    assert [code for code, _label in priority.preview_modes] == list(LANGUAGE_CODES)
    assert priority.default_preview_mode == "en"


@pytest.mark.parametrize(("mode", "text_field"), [("th", "title_en"), ("ko", "title_ko"), ("en", "title_en")])
def test_preview_renders_in_the_chosen_language(editor_client, priority_index, mode, text_field):
    response = preview(editor_client, priority_index, mode)
    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == mode
    assert getattr(priority_index, text_field) in document.h1.get_text()
    assert bool(document.select(".fallback-notice")) == (mode == "th")


def test_preview_leaves_the_admin_in_its_language(editor_client, priority_index):
    preview(editor_client, priority_index, "th")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[priority_index.pk]))
    assert soup(response).html["lang"] == "en"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_admin_search_finds_pages_by_title_in_any_language(editor_client, priority, language):
    title = getattr(priority, f"title_{language}")
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": title})
    assert response.status_code == 200
    assert reverse("wagtailadmin_pages:edit", args=[priority.pk]) in response.content.decode()


def test_page_chooser_finds_pages_by_their_korean_title(editor_client, priority):
    response = editor_client.get(reverse("wagtailadmin_choose_page_search"), {"q": priority.title_ko})
    assert response.status_code == 200
    choice = soup(response).select_one(f'a.choose-page[data-id="{priority.pk}"]')
    assert choice is not None and choice["data-admin-title"] == priority.title_en


def test_autocomplete_matches_a_partial_korean_title(priority):
    word = priority.title_ko.split()[0][:2]
    assert priority.pk in {page.pk for page in PriorityPage.objects.autocomplete(word)}


def test_explorer_shows_english_titles_whatever_language_the_editor_saved_in(editor_client, priority, priority_index):
    with translation.override("ko"):  # a Korean-speaking editor saving a draft
        priority.title_ko = "경제 (수정)"
        priority.save_revision()
    priority.refresh_from_db()
    assert priority.draft_title == priority.title_en

    response = editor_client.get(reverse("wagtailadmin_explore", args=[priority_index.pk]))
    rows = soup(response).select("tbody tr")
    row_text = " ".join(row.get_text(" ", strip=True) for row in rows)
    assert priority.title_en in row_text
    assert "경제 (수정)" not in row_text
