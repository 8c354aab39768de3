"""The news page types: tree rules, rendering in en and ko, fallback, admin editing, query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from home.models import HomePage
from news.choices import NewsKind
from news.models import NewsIndexPage, NewsPage
from pages.models import PriorityIndexPage, StandardPage
from programmes.models import EventIndexPage
from tests import factories
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data

ALLOWED_PARENTS = {NewsIndexPage: {HomePage}, NewsPage: {NewsIndexPage}}


def first_live(page_class):
    return page_class.objects.live().order_by("path").first()


def path_of(page):
    return page.url_path[len("/home") :]


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_allowed_parent_page_types(page_class):
    assert set(page_class.allowed_parent_page_models()) == ALLOWED_PARENTS[page_class]


def test_one_listing_under_home_and_items_only_under_it(news_index):
    home = HomePage.objects.get()
    assert NewsIndexPage in home.specific_class.allowed_subpage_models()
    assert not NewsIndexPage.can_create_at(home), "one news listing per site"
    assert not NewsPage.can_create_at(home)
    assert not NewsPage.can_create_at(EventIndexPage.objects.get())
    assert not NewsPage.can_create_at(PriorityIndexPage.objects.get())
    assert NewsPage.can_create_at(news_index)
    assert not StandardPage.can_create_at(first_live(NewsPage))
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert news_index.url_path == "/home/news/"


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
@pytest.mark.parametrize("language", ["en", "ko"])
def test_page_renders_in_language(client, db, page_class, language):
    page = first_live(page_class)
    response = client.get(f"/{language}{path_of(page)}")
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    assert getattr(page, f"title_{language}") in document.h1.get_text()
    assert not document.select(".fallback-notice")


def test_press_release_shows_its_facts_and_contact_in_korean(client, db):
    release = NewsPage.objects.get(kind=NewsKind.PRESS_RELEASE)
    document = BeautifulSoup(client.get(f"/ko{path_of(release)}").content, "html.parser")
    text = document.main.get_text(" ", strip=True)
    assert release.reference_number in text
    assert release.introduction_ko in text
    assert "보도자료" in text
    assert release.press_contact.name_ko in document.select_one(".press-contact").get_text()
    assert document.select_one(".press-contact a[href^=mailto]")["href"] == f"mailto:{release.press_contact.email}"
    assert "(한국 시간)" in text or "한국 시간" in text


def test_missing_korean_falls_back_to_english_with_the_notice(client, make_news):
    item = make_news(title="Only in English", title_ko="", introduction_ko="")
    item.save_revision().publish()
    document = BeautifulSoup(client.get(f"/ko{path_of(item)}").content, "html.parser")
    assert document.select(".fallback-notice")
    assert document.h1["lang"] == "en" and "Only in English" in document.h1.get_text()
    assert document.select_one(".page-header__intro")["lang"] == "en"


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_page_render_costs_few_queries(client, db, page_class, django_assert_max_num_queries):
    path = path_of(first_live(page_class))
    client.get(f"/ko{path}")  # warm the menu cache, as in production
    with django_assert_max_num_queries(12):
        assert client.get(f"/ko{path}").status_code == 200


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_admin_edit_view_opens(editor_client, page_class):
    page = first_live(page_class)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert b"title_ko" in response.content
    if page_class is NewsPage:
        assert b"introduction_ko" in response.content and b"PR/26-14" in response.content, "the help texts"


def without_empty_multiple_choice(data):
    """A browser posts nothing for a multiple select with nothing chosen (initial_form_data gives "")."""
    if not data.get("related_events"):
        data.pop("related_events", None)
    return data


def create_form(editor_client, news_index, **fields):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    data = without_empty_multiple_choice(initial_form_data(editor_client, url))
    data.update(
        {
            "title_en": "ASEAN-Korea Centre opens its new season",
            "title_ko": "한-아세안센터 새 시즌",
            "slug": "new-season",
            "introduction_en": "Two sentences of introduction.",
            "published_at": "2027-05-20 10:00",
            "kind": NewsKind.PHOTO_REPORT,
            "reference_number": "",
            **empty_stream_fields(NewsPage, "body"),
            **fields,
        }
    )
    return url, data


def test_admin_can_create_and_publish_a_news_item(editor_client, news_index):
    url, data = create_form(editor_client, news_index, **{"action-publish": "publish"})
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    item = NewsPage.objects.get(slug="new-season")
    assert item.live and item.title_ko == "한-아세안센터 새 시즌"
    assert item.local_published_at.hour == 10, "editors enter Korea time"
    assert item.reference_number is None


def test_a_press_release_is_not_published_without_a_press_contact(editor_client, news_index):
    url, data = create_form(
        editor_client, news_index, kind=NewsKind.PRESS_RELEASE, reference_number="PR/27-3", **{"action-publish": "p"}
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert any("cannot be published without a press contact" in error for error in form_errors(response))
    assert not NewsPage.objects.filter(slug="new-season").exists()
    del data["action-publish"]  # a draft may wait for its contact
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    draft = NewsPage.objects.get(slug="new-season")
    assert not draft.live
    contact = factories.PressContactFactory()
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    data.update({"press_contact": str(contact.pk), "action-publish": "publish"})
    response = editor_client.post(edit_url, data)
    assert response.status_code == 302, form_errors(response)
    assert NewsPage.objects.get(pk=draft.pk).live


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "needs its reference number"),
        ("PR-26-14", "PR/YY-N"),
        ("PR/2026-14", "PR/YY-N"),
        ("pr/26-14", "PR/YY-N"),
        ("PR/26-1", "Another press release already has this reference number"),
    ],
)
def test_reference_number_format_and_uniqueness(editor_client, news_index, number, message):
    contact = factories.PressContactFactory()
    url, data = create_form(
        editor_client,
        news_index,
        kind=NewsKind.PRESS_RELEASE,
        reference_number=number,
        press_contact=str(contact.pk),
        **{"action-publish": "publish"},
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert any(message in error for error in form_errors(response)), form_errors(response)
    assert data["title_en"] in response.content.decode(), "the editor's input is kept"


def test_only_press_releases_have_a_reference_number_and_only_notices_a_deadline(editor_client, news_index):
    url, data = create_form(
        editor_client,
        news_index,
        reference_number="PR/27-9",
        application_deadline="2027-06-01 18:00",
        **{"action-publish": "publish"},
    )
    errors = form_errors(editor_client.post(url, data))
    assert any("Only press releases have a reference number" in error for error in errors)
    assert any("Only notices have an application deadline" in error for error in errors)


def test_scheduled_publishing_keeps_an_embargoed_release_offline_until_go_live(client, news_index, monkeypatch):
    """Wagtail's scheduling: a release with a future go-live is not live nor listed until its time."""
    release = factories.NewsPageFactory(
        parent=news_index,
        publish=False,
        live=False,
        kind=NewsKind.PRESS_RELEASE,
        reference_number="PR/27-1",
        press_contact=factories.PressContactFactory(),
        title="Embargoed release",
    )
    release.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    release.save_revision().publish()
    release.refresh_from_db()
    assert not release.live
    assert "Embargoed release" not in client.get("/en/news/").content.decode()
    assert client.get(f"/en{path_of(release)}").status_code == 404
    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("publish_scheduled")
    release.refresh_from_db()
    assert release.live
    assert "Embargoed release" in client.get("/en/news/").content.decode()


def test_press_contacts_are_edited_as_snippets_in_every_language(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_news_presscontact:add"))
    assert response.status_code == 200
    assert b"name_ko" in response.content and b"role_th" in response.content
    contact = factories.PressContactFactory()
    assert editor_client.get(reverse("wagtailsnippets_news_presscontact:edit", args=[contact.pk])).status_code == 200


def a_document(name, content=b"%PDF-1.4 test" + b"0" * 2000):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model()(title=f"Programme ({name})", file=ContentFile(content, name=name))
    document._set_document_file_metadata()  # the size and hash, as Wagtail's upload form sets them
    document.save()
    return document


def test_attachments_show_their_type_and_size(client, make_news):
    from news.models import NewsAttachment

    item = make_news(title="With attachments")
    NewsAttachment.objects.create(page=item, document=a_document("programme.pdf"))
    document = BeautifulSoup(client.get(f"/en{path_of(item)}").content, "html.parser")
    [row] = document.select(".attachments li")
    assert row.a.get_text() == "Programme (programme.pdf)" and row.a.has_attr("download")
    assert row.select_one(".attachments__details").get_text() == "(PDF, 2.0\xa0KB)"


def test_attachments_are_pdf_hwp_or_docx(make_news):
    from django.core.exceptions import ValidationError

    from news.models import NewsAttachment

    attachment = NewsAttachment(page=make_news(), document=a_document("table.csv", b"a,b"))
    with pytest.raises(ValidationError, match="PDF, HWP or DOCX"):
        attachment.clean()
    NewsAttachment(page=attachment.page, document=a_document("release.hwp", b"hwp")).clean()
