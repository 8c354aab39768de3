"""Publications: tree rules, en/ko/th rendering, downloads with their language, JSON-LD, admin, search."""

import json

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction

from countries.models import CountryPage
from home.models import HomePage
from pages.models import PriorityPage
from publications.models import PublicationIndexPage, PublicationPage
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data
from tests.factories import DocumentFactory


def get(client, page, language="en"):
    return client.get(f"/{language}{page.url_path[len('/home') :]}")


def test_parent_and_child_rules(publication_index):
    assert set(PublicationIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(PublicationPage.allowed_parent_page_models()) == {PublicationIndexPage}
    assert not PublicationIndexPage.can_create_at(HomePage.objects.get()), "one listing per site"
    assert not PublicationPage.can_create_at(HomePage.objects.get())


@pytest.mark.parametrize("language", ["en", "ko"])
def test_publication_renders_in_language(client, make_publication, language):
    publication = make_publication(languages=("en", "ko"))
    response = get(client, publication, language)
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    assert document.h1.get_text(strip=True) == getattr(publication, f"title_{language}")
    assert not document.select(".fallback-notice")


def test_each_download_names_its_language_format_and_size(client, make_publication):
    publication = make_publication(languages=("en", "ko"))
    document = BeautifulSoup(get(client, publication).content, "html.parser")
    links = document.select(".downloads__list a")
    assert [link["hreflang"] for link in links] == ["en", "ko"]
    assert [link.select_one(".downloads__language").get_text() for link in links] == ["English", "한국어"]
    assert links[1].select_one(".downloads__language")["lang"] == "ko"
    details = document.select_one(".downloads__details").get_text()
    assert "PDF" in details and "bytes" in details
    assert all(link["href"].startswith("/documents/") for link in links), "through Wagtail's document view"


def test_downloads_go_through_the_document_view_with_safe_headers(client, file_storage, make_publication):
    publication = make_publication()
    href = BeautifulSoup(get(client, publication).content, "html.parser").select_one(".downloads__list a")["href"]
    response = client.get(href)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_file_of_a_private_collection_is_not_served_to_visitors(client, file_storage, make_publication):
    publication = make_publication()
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    row = publication.files.get()
    row.document.collection = private
    row.document.save()
    response = client.get(row.document.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_json_ld_is_a_report_or_a_book(client, make_publication):
    report = make_publication(kind="annual_report", isbn="9780306406157", languages=("en", "ko"))
    data = json.loads(BeautifulSoup(get(client, report).content, "html.parser").find(type="application/ld+json").string)
    assert data["@type"] == "Report"
    assert data["isbn"] == "9780306406157"
    assert data["inLanguage"] == ["en", "ko"]
    assert data["encoding"][0]["encodingFormat"] == "application/pdf"
    book = make_publication(kind="research")
    data = json.loads(BeautifulSoup(get(client, book).content, "html.parser").find(type="application/ld+json").string)
    assert data["@type"] == "Book"


def test_missing_translation_falls_back_to_english_and_says_so(client, make_publication):
    publication = make_publication(summary_ko="")
    document = BeautifulSoup(get(client, publication, "ko").content, "html.parser")
    assert document.select(".fallback-notice")
    summary = document.select_one(".publication__summary")
    assert summary["lang"] == "en" and summary.get_text() == publication.summary_en


def test_render_costs_few_queries(client, make_publication, django_assert_max_num_queries):
    publication = make_publication(languages=("en", "ko", "th"))
    get(client, publication, "ko")
    with django_assert_max_num_queries(14):
        assert get(client, publication, "ko").status_code == 200


def test_admin_can_create_a_publication_with_files(editor_client, publication_index):
    english, korean = DocumentFactory(), DocumentFactory()
    url = reverse("wagtailadmin_pages:add", args=["publications", "publicationpage", publication_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "ASEAN-Korea Centre Annual Report 2025",
            "title_ko": "한-아세안센터 2025 연차보고서",
            "slug": "annual-report-2025",
            "kind": "annual_report",
            "year": "2025",
            "isbn": "978-0-306-40615-7",
            "summary_en": "What the Centre did in 2025.",
            "files-TOTAL_FORMS": "2",
            "files-INITIAL_FORMS": "0",
            "files-MIN_NUM_FORMS": "0",
            "files-MAX_NUM_FORMS": "1000",
            "files-0-language": "en",
            "files-0-document": str(english.pk),
            "files-0-ORDER": "1",
            "files-1-language": "ko",
            "files-1-document": str(korean.pk),
            "files-1-ORDER": "2",
            "action-publish": "publish",
            **empty_stream_fields(PublicationPage, "body"),
        }
    )
    data.pop("events", None)  # nothing chosen: a browser posts no value
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    publication = PublicationPage.objects.get(slug="annual-report-2025")
    assert publication.live and publication.isbn == "9780306406157"
    assert [row.language for row in publication.files.all()] == ["en", "ko"]


def test_admin_refuses_two_files_in_one_language_and_a_bad_isbn(editor_client, publication_index):
    first, second = DocumentFactory(), DocumentFactory()
    url = reverse("wagtailadmin_pages:add", args=["publications", "publicationpage", publication_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "Twice English",
            "slug": "twice-english",
            "kind": "research",
            "year": "2025",
            "isbn": "978-0-306-40615-8",
            "summary_en": "A summary.",
            "files-TOTAL_FORMS": "2",
            "files-INITIAL_FORMS": "0",
            "files-MIN_NUM_FORMS": "0",
            "files-MAX_NUM_FORMS": "1000",
            "files-0-language": "en",
            "files-0-document": str(first.pk),
            "files-1-language": "en",
            "files-1-document": str(second.pk),
            "action-publish": "publish",
            **empty_stream_fields(PublicationPage, "body"),
        }
    )
    data.pop("events", None)  # nothing chosen: a browser posts no value
    response = editor_client.post(url, data)
    assert response.status_code == 200
    errors = " ".join(form_errors(response))
    assert "check digit" in errors
    assert b"Please correct the duplicate data for" in response.content, "one file per language"
    assert b"Twice English" in response.content, "what was typed is kept"
    assert not PublicationPage.objects.filter(slug="twice-english").exists()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_search_finds_publications_by_title_summary_and_authors(client, make_publication, language):
    publication = make_publication(
        title="Mangrove economies",
        title_ko="맹그로브 경제",
        summary="Coastal livelihoods in Southeast Asia.",
        summary_ko="동남아시아 해안의 생계.",
        authors="Blue Carbon Unit",
        authors_ko="블루카본팀",
    )
    words = {"en": ["Mangrove", "livelihoods", "Carbon"], "ko": ["맹그로브", "생계", "블루카본팀"]}[language]
    for word in words:
        response = client.get(f"/{language}/search/", {"q": word})
        found = BeautifulSoup(response.content, "html.parser").select(".search-result__title a")
        assert [" ".join(link.get_text(" ").split()) for link in found] == [
            getattr(publication, f"title_{language}")
        ], word


def test_a_priority_page_lists_its_publications(client, make_publication):
    economy = PriorityPage.objects.get(slug="economy")
    publication = make_publication(title="Trade outlook", priorities=[economy])
    assert list(economy.publications.all()) == [publication]
    document = BeautifulSoup(client.get("/en/priorities/economy/").content, "html.parser")
    assert "Trade outlook" in document.select_one("#related-publications-title").parent.get_text()


def test_a_country_page_lists_its_publications(client, make_publication, db):
    thailand = CountryPage.objects.get(member_state="th")
    make_publication(title="Thai silk economy", countries=[thailand])
    document = BeautifulSoup(client.get("/en/asean/thailand/").content, "html.parser")
    assert "Thai silk economy" in document.select_one("#related-publications-title").parent.get_text()
