"""Translate side by side: one page's English beside one language's translation, saved as a draft revision."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page

from akc_site.languages import LANGUAGE_CODES, TRANSLATION_LANGUAGES
from news.models import PressContact
from pages.models import StandardPage
from staff.roles import EDITORS
from tests import factories
from translations.side_by_side import FINGERPRINT, english_fingerprint, unit_name, working_copy
from translations.units import localized, page_units, page_values, translatable_fields

pytestmark = pytest.mark.django_db

NOT_INDEXING = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}


def url(page, language):
    return reverse("translation_side_by_side", args=[page.pk, language])


def units_of(page, language):
    draft = working_copy(Page.objects.get(pk=page.pk).specific)
    return {unit_name(unit): unit for unit in page_units(type(draft), page_values(draft), language)}


def form_data(page, language, **typed):
    """What the form posts when opened now: every unit's current translation, the English fingerprint,
    and `typed` ({unit name: text}) over them."""
    units = units_of(page, language)
    data = {name: unit.translation for name, unit in units.items()}
    data[FINGERPRINT] = english_fingerprint(list(units.values()))
    data.update(typed)
    return data


def name_of(page, language, field, block_type=None, child=None):
    """The form field name of a plain field, or of the first text of the first block of `block_type`."""
    draft = working_copy(Page.objects.get(pk=page.pk).specific)
    if block_type is None:
        return field
    block = next(block for block in getattr(draft, localized(field, "en")).raw_data if block["type"] == block_type)
    return "|".join([field, block["id"], *([child] if child else [])])


def values_by_language(page):
    """{language: {localized field name: raw value}} of the page's latest revision."""
    draft = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    values = page_values(draft)
    model = type(draft)
    return {
        language: {localized(name, language): values[localized(name, language)] for name in translatable_fields(model)}
        for language in LANGUAGE_CODES
    }


@pytest.fixture
def publisher(db):
    return factories.UserFactory(username="publisher", groups=[EDITORS])


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client


@pytest.fixture
def heading_name(about):
    return name_of(about, "th", "body", "heading", "text")


@pytest.fixture
def paragraph_name(about):
    return name_of(about, "th", "body", "paragraph")


def rows_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {row["data-unit"]: row for row in soup.select("li.side-by-side__row")}


def test_a_translator_sees_english_beside_each_translation(translator_client, about, heading_name, paragraph_name):
    response = translator_client.get(url(about, "ko"))
    assert response.status_code == 200
    rows = rows_of(response)
    assert {"title", "introduction", heading_name, paragraph_name} <= set(rows)
    title = rows["title"]
    assert title.select_one(".side-by-side__english [lang=en]").get_text() == "About"
    assert title.select_one("textarea").get_text().strip() == "소개"
    assert title.select_one("textarea")["lang"] == "ko"
    assert title.select_one("label").get_text(strip=True) == "Title"
    heading = rows[heading_name]
    assert heading.select_one("label").get_text(strip=True) == "Body › Heading › Heading text"
    assert heading.select_one("textarea").get_text().strip().startswith("한국어 제목")
    # Rich text is shown as its markup, escaped: never rendered as the page's HTML.
    paragraph = rows[paragraph_name]
    assert paragraph.select_one(".side-by-side__text--markup").get_text() == "<p>Paragraph of About.</p>"
    assert b"<p>Paragraph of About.</p></div>" not in response.content
    assert b"css/admin/side-by-side.css" in response.content
    assert b'name="publish"' not in response.content  # translators do not publish


def test_an_editor_may_open_it_and_publish(publisher_client, about):
    response = publisher_client.get(url(about, "th"))
    assert response.status_code == 200
    assert b'name="publish"' in response.content


def test_missing_and_outdated_rows_are_marked(translator_client, about, heading_name):
    about = StandardPage.objects.get(pk=about.pk)
    about.introduction_en = "A new English introduction."
    about.save_revision().publish()
    rows = rows_of(translator_client.get(url(about, "ko")))
    assert rows["introduction"]["data-state"] == "outdated"
    assert rows["title"]["data-state"] == "complete"
    assert rows_of(translator_client.get(url(about, "th")))[heading_name]["data-state"] == "missing"


def test_users_without_page_or_workbench_rights_are_refused(client, django_user_model, about):
    assert client.get(url(about, "th")).status_code == 302  # to the login page
    user = django_user_model.objects.create_user("someone", "someone@example.org", factories.PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail's admin answers PermissionDenied with its own page: back to the dashboard, with a message.
    for response in (client.get(url(about, "th")), client.post(url(about, "th"), form_data(about, "th", title="x"))):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert "you do not have permission" in client.get(reverse("wagtailadmin_home")).content.decode()
    assert StandardPage.objects.get(pk=about.pk).get_latest_revision().user is None


def test_users_who_may_not_edit_the_page_are_refused(client, django_user_model, about):
    """Workbench access (a page permission somewhere) is not enough: the page itself must be editable."""
    privacy = StandardPage.objects.get(slug="privacy")
    group = Group.objects.create(name="Privacy page team")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    change_page = Permission.objects.get(codename="change_page")
    GroupPagePermission.objects.create(group=group, page=privacy, permission=change_page)
    user = factories.UserFactory(username="elsewhere", groups=[group.name])
    client.force_login(user)
    assert client.get(url(privacy, "th")).status_code == 200
    assert client.get(url(about, "th")).status_code == 302


@pytest.mark.parametrize("language", ["en", "xx", "EN", "k" * 2000])
def test_unknown_languages_and_english_are_not_found(translator_client, about, language):
    assert not_found(translator_client, url(about, language))


def test_unknown_and_untranslatable_pages_are_not_found(translator_client):
    assert not_found(translator_client, reverse("translation_side_by_side", args=[999999, "th"]))
    assert not_found(translator_client, reverse("translation_side_by_side", args=[10**30, "th"]))
    assert not_found(translator_client, url(Page.get_first_root_node(), "th"))


def not_found(client, address):
    response = client.get(address)
    if response.status_code == 302:  # LocaleMiddleware tries the address under a language prefix first
        assert response["Location"] == f"/en{address}"
        response = client.get(response["Location"])
    return response.status_code == 404


def test_saving_changes_only_the_target_language(translator_client, translator, about, heading_name):
    before = values_by_language(about)
    response = translator_client.post(
        url(about, "th"), form_data(about, "th", title="เกี่ยวกับ", **{heading_name: "หัวข้อ"}), follow=True
    )
    assert response.redirect_chain[-1][0] == url(about, "th")
    assert "saved as a draft" in response.content.decode()
    about = StandardPage.objects.get(pk=about.pk)
    revision = about.get_latest_revision()
    assert revision.user == translator
    assert about.has_unpublished_changes
    assert about.title_th in ("", None)  # the live page is unchanged until published
    after = values_by_language(about)
    for language in LANGUAGE_CODES:
        if language != "th":
            assert after[language] == before[language], language
    thai = after["th"]
    assert thai["title_th"] == "เกี่ยวกับ"
    assert [block["type"] for block in thai["body_th"]] == [block["type"] for block in before["en"]["body_en"]]
    heading = next(block for block in thai["body_th"] if block["type"] == "heading")
    assert heading["value"]["text"] == "หัวข้อ"
    assert heading["value"]["level"] == "h2"
    assert thai["introduction_th"] == before["th"]["introduction_th"]


def test_saving_and_publishing(publisher_client, about):
    response = publisher_client.post(url(about, "th"), {**form_data(about, "th", title="เกี่ยวกับ"), "publish": ""})
    assert response.status_code == 302
    about = StandardPage.objects.get(pk=about.pk)
    assert about.title_th == "เกี่ยวกับ"
    assert not about.has_unpublished_changes


def test_a_translator_asking_to_publish_gets_a_draft(translator_client, about):
    translator_client.post(url(about, "th"), {**form_data(about, "th", title="เกี่ยวกับ"), "publish": ""})
    about = StandardPage.objects.get(pk=about.pk)
    assert about.has_unpublished_changes
    assert about.title_th in ("", None)


def test_the_latest_draft_is_the_one_translated(translator_client, about):
    about = StandardPage.objects.get(pk=about.pk)
    about.introduction_en = "An English draft, not yet published."
    about.save_revision()
    rows = rows_of(translator_client.get(url(about, "th")))
    assert rows["introduction"].select_one("[lang=en]").get_text() == "An English draft, not yet published."
    translator_client.post(url(about, "th"), form_data(about, "th", introduction="บทนำ"))
    draft = StandardPage.objects.get(pk=about.pk).get_latest_revision_as_object()
    assert draft.introduction_en == "An English draft, not yet published."
    assert draft.introduction_th == "บทนำ"


def test_broken_rich_text_is_refused_and_what_was_typed_is_kept(translator_client, about, heading_name, paragraph_name):
    revisions = about.revisions.count()
    typed = {"title": "เกี่ยวกับ", heading_name: "หัวข้อ", paragraph_name: "<p>ย่อหน้า <b>ตัวหนา</p>"}
    response = translator_client.post(url(about, "th"), form_data(about, "th", **typed))
    assert response.status_code == 200
    assert about.revisions.count() == revisions
    rows = rows_of(response)
    paragraph = rows[paragraph_name]
    assert paragraph.select_one("textarea")["aria-invalid"] == "true"
    assert "not closed" in paragraph.select_one(".side-by-side__errors").get_text()
    assert paragraph.select_one("textarea").get_text().strip() == typed[paragraph_name]
    assert rows["title"].select_one("textarea").get_text().strip() == "เกี่ยวกับ"
    assert rows[heading_name].select_one("textarea").get_text().strip() == "หัวข้อ"
    assert rows["title"].select_one(".side-by-side__errors").get_text(strip=True) == ""
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".side-by-side__problems a")["href"] == f"#{paragraph.select_one('textarea')['id']}"


def test_valid_rich_text_is_stored_as_the_editor_would(translator_client, about, paragraph_name):
    translator_client.post(url(about, "th"), form_data(about, "th", **{paragraph_name: "ย่อหน้า\n\nที่สอง"}))
    body = StandardPage.objects.get(pk=about.pk).get_latest_revision_as_object().body_th.raw_data
    paragraph = next(block for block in body if block["type"] == "paragraph")
    assert paragraph["value"] == "<p>ย่อหน้า</p><p>ที่สอง</p>"


def test_too_long_a_translation_is_refused(translator_client, about):
    revisions = about.revisions.count()
    response = translator_client.post(url(about, "th"), form_data(about, "th", title="ก" * 256))
    assert response.status_code == 200
    assert about.revisions.count() == revisions
    errors = rows_of(response)["title"].select_one(".side-by-side__errors").get_text()
    assert "256 characters; at most 255 fit" in errors


def test_a_block_text_cannot_be_emptied(translator_client, about, heading_name):
    response = translator_client.post(url(about, "ko"), form_data(about, "ko", **{heading_name: "  "}))
    assert response.status_code == 200
    assert "cannot be emptied" in rows_of(response)[heading_name].select_one(".side-by-side__errors").get_text()


def test_nothing_changed_saves_nothing(translator_client, about):
    revisions = about.revisions.count()
    response = translator_client.post(url(about, "ko"), form_data(about, "ko"), follow=True)
    assert "nothing was saved" in response.content.decode()
    assert about.revisions.count() == revisions


def test_a_stale_form_is_refused_and_keeps_what_was_typed(translator_client, about, heading_name):
    opened = form_data(about, "th", title="เกี่ยวกับ", **{heading_name: "หัวข้อ"})
    about = StandardPage.objects.get(pk=about.pk)
    about.title_en = "About the Centre"
    about.save_revision().publish()
    revisions = about.revisions.count()

    response = translator_client.post(url(about, "th"), opened)
    assert response.status_code == 200
    assert "The English text changed after you opened this page" in response.content.decode()
    assert about.revisions.count() == revisions
    rows = rows_of(response)
    assert rows["title"].select_one("[lang=en]").get_text() == "About the Centre"
    assert rows["title"].select_one("textarea").get_text().strip() == "เกี่ยวกับ"
    assert rows[heading_name].select_one("textarea").get_text().strip() == "หัวข้อ"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"input[name={FINGERPRINT}]")["value"] == form_data(about, "th")[FINGERPRINT]


def test_a_form_without_fingerprint_is_refused(translator_client, about):
    data = form_data(about, "th", title="เกี่ยวกับ")
    del data[FINGERPRINT]
    response = translator_client.post(url(about, "th"), data)
    assert response.status_code == 200
    assert StandardPage.objects.get(pk=about.pk).get_latest_revision().user is None


def test_the_report_links_each_page_and_language_to_it(translator_client, about):
    response = translator_client.get(reverse("translation_report"), {"language": "th"})
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.select_one(f"tr[data-page='{about.pk}'][data-language=th]")
    assert row.select_one("a.translation-side-by-side")["href"] == url(about, "th")


def page_with_paragraphs(parent, count):
    with override_settings(WAGTAILSEARCH_BACKENDS=NOT_INDEXING):
        return factories.StandardPageFactory(
            parent=parent,
            body_en=[factories.paragraph(f"Paragraph {number}.") for number in range(count)],
            body_ko=[],
        )


VIEW_QUERIES = 15
SAVE_QUERIES = 41


def test_queries_do_not_grow_with_the_number_of_texts(translator_client, about, django_assert_num_queries):
    few, many = page_with_paragraphs(about, 3), page_with_paragraphs(about, 30)
    translator_client.get(url(few, "th"))  # warm the content type cache, as in a running server
    for page in (few, many):
        with django_assert_num_queries(VIEW_QUERIES):
            assert translator_client.get(url(page, "th")).status_code == 200


def test_saving_queries_do_not_grow_with_the_number_of_texts(translator_client, about, django_assert_num_queries):
    few, many = page_with_paragraphs(about, 3), page_with_paragraphs(about, 30)
    translator_client.get(url(few, "th"))
    for page in (few, many):
        data = form_data(page, "th", **{name: "<p>ย่อหน้า</p>" for name in units_of(page, "th") if "|" in name})
        with override_settings(WAGTAILSEARCH_BACKENDS=NOT_INDEXING), django_assert_num_queries(SAVE_QUERIES):
            assert translator_client.post(url(page, "th"), data).status_code == 302


def test_it_links_to_the_other_languages(translator_client, about):
    soup = BeautifulSoup(translator_client.get(url(about, "th")).content, "html.parser")
    links = soup.select(".side-by-side__languages a")
    assert [link["href"] for link in links] == [url(about, code) for code in TRANSLATION_LANGUAGES]
    assert soup.select_one(".side-by-side__languages a[aria-current=page]")["lang"] == "th"


def test_the_page_editor_links_to_it(translator_client, about):
    response = translator_client.get(reverse("wagtailadmin_pages:edit", args=[about.pk]))
    assert response.status_code == 200
    assert url(about, TRANSLATION_LANGUAGES[0]) in response.content.decode()


def test_snippet_rows_of_the_report_have_no_side_by_side_link(translator_client):
    press_contacts = ContentType.objects.get_for_model(PressContact).pk
    response = translator_client.get(reverse("translation_report_results"), {"page_type": press_contacts})
    rows = BeautifulSoup(response.content, "html.parser").select("table.translation-report tbody tr")
    assert rows, "the factory site has a press contact"
    assert all(row.get("data-snippet") and row.select_one("a.translation-side-by-side") is None for row in rows)
