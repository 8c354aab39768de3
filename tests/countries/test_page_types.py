"""The Member States' pages: tree rules, rendering in en, ko and th, admin editing, names and flags."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from countries.member_states import MEMBER_STATES
from countries.models import CountryIndexPage, CountryPage
from home.models import HomePage
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data

FLAGS = Path(settings.BASE_DIR) / "static" / "countries" / "flags"


def get(client, page, language):
    return client.get(f"/{language}{page.url_path[len('/home') :]}")


def test_parent_and_child_rules(thailand, country_index):
    assert set(CountryIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(CountryPage.allowed_parent_page_models()) == {CountryIndexPage}
    assert not CountryIndexPage.can_create_at(HomePage.objects.get()), "one Member States page per site"
    assert not CountryPage.can_create_at(HomePage.objects.get())
    assert CountryPage.allowed_subpage_models() == []


@pytest.mark.parametrize("language", ["en", "ko"])
def test_country_page_renders_in_language(client, thailand, language):
    response = get(client, thailand, language)
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    assert document.h1.get_text(strip=True) == {"en": "Thailand", "ko": "태국"}[language]
    assert not document.select(".fallback-notice")
    facts = document.select_one(".country__facts").get_text(" ", strip=True)
    assert {"en": "Bangkok", "ko": "방콕"}[language] in facts
    flag = document.select_one(".country__flag img")
    assert flag["src"].endswith("countries/flags/th.svg")
    assert flag["alt"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_index_lists_the_countries(client, thailand, viet_nam, country_index, language):
    response = get(client, country_index, language)
    assert response.status_code == 200
    names = [
        link.get_text(strip=True) for link in BeautifulSoup(response.content, "html.parser").select(".card__title a")
    ]
    assert names == ({"en": ["Thailand", "Viet Nam"], "ko": ["태국", "베트남"]}[language])


def test_title_in_every_language_comes_from_the_catalogue(thailand):
    assert thailand.title_th == "ไทย"
    assert thailand.title_vi == "Thái Lan"
    assert thailand.title_ko == "태국", "a title given is kept"


def test_a_missing_translation_falls_back_to_english_and_says_so(client, thailand):
    document = BeautifulSoup(get(client, thailand, "th").content, "html.parser")
    assert document.h1.get_text(strip=True) == "ไทย", "the name is in the catalogue"
    assert document.select(".fallback-notice"), "the capital and languages are not yet in Thai"
    capital = document.select_one(".country__facts dd[lang=en]")
    assert capital is not None and capital.get_text(strip=True) == "Bangkok"


def test_render_costs_few_queries(client, thailand, django_assert_max_num_queries):
    get(client, thailand, "ko")
    with django_assert_max_num_queries(14):
        assert get(client, thailand, "ko").status_code == 200


def test_admin_can_create_a_country_page(editor_client, country_index):
    url = reverse("wagtailadmin_pages:add", args=["countries", "countrypage", country_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "Malaysia",
            "slug": "malaysia",
            "member_state": "my",
            "capital_en": "Kuala Lumpur",
            "languages_en": "Malay",
            "action-publish": "publish",
            **empty_stream_fields(CountryPage, "relations_with_korea"),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    page = CountryPage.objects.get(slug="malaysia")
    assert page.live and page.title_ko == "말레이시아"


def test_one_page_per_member_state(editor_client, thailand, country_index):
    url = reverse("wagtailadmin_pages:add", args=["countries", "countrypage", country_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "Thailand again",
            "slug": "thailand-again",
            "member_state": "th",
            "capital_en": "Bangkok",
            "languages_en": "Thai",
            "action-publish": "publish",
            **empty_stream_fields(CountryPage, "relations_with_korea"),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert form_errors(response)
    assert not CountryPage.objects.filter(slug="thailand-again").exists()


def test_eleven_member_states_with_the_official_short_names():
    assert [str(state.name) for state in MEMBER_STATES] == [
        "Brunei Darussalam",
        "Cambodia",
        "Indonesia",
        "Lao PDR",
        "Malaysia",
        "Myanmar",
        "the Philippines",
        "Singapore",
        "Thailand",
        "Timor-Leste",
        "Viet Nam",
    ]


@pytest.mark.parametrize("state", MEMBER_STATES, ids=lambda state: state.code)
def test_each_flag_is_a_safe_svg_with_a_title(state):
    path = FLAGS / f"{state.code}.svg"
    root = ET.fromstring(path.read_text(encoding="utf-8"))  # noqa: S314 -- our own file
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text
    if state.flag_is_simplified:
        assert "simplified" in title.text
    text = path.read_text(encoding="utf-8")
    assert "<script" not in text and "href" not in text and "style" not in text


def test_korean_names_are_the_usual_ones():
    with translation.override("ko"):
        names = [str(state.name) for state in MEMBER_STATES]
    assert names == [
        "브루나이",
        "캄보디아",
        "인도네시아",
        "라오스",
        "말레이시아",
        "미얀마",
        "필리핀",
        "싱가포르",
        "태국",
        "동티모르",
        "베트남",
    ]
