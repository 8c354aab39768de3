"""The revisions' Compare view shows what changed in each language, labelled with the language."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.admin.compare import RichTextFieldComparison, comparison_class_registry
from wagtail.fields import RichTextField
from wagtail.users.models import UserProfile

from pages.models import PriorityPage, StandardPage
from programmes.models import OpeningException
from staff.roles import EDITORS, TRANSLATORS
from tests import factories
from tests.admin_forms import form_errors, initial_form_data
from translations.comparison import language_comparison_class

pytestmark = pytest.mark.django_db


def compare_url(page, revision_a, revision_b):
    return reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, revision_a, revision_b))


def changed_rows(response):
    """{label: the row's cell} of the comparison table, in order."""
    assert response.status_code == 200
    table = BeautifulSoup(response.content, "html.parser").select_one("table.listing")
    rows = {}
    for row in table.select("tbody tr"):
        label = row.select_one("td.title")
        if label is not None:
            rows[label.get_text(strip=True).removesuffix(":")] = row.select_one("td.comparison")
    return rows


def texts(cell, kind):
    return [span.get_text() for span in cell.select(f".{kind}")]


@pytest.fixture
def page(about):
    return factories.StandardPageFactory(parent=about, title="Seminar notes", title_ko="세미나 기록")


def latest_draft(page):
    """The page as its latest revision has it, to change and save as the next revision."""
    return StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def with_block_text(stream, index, value):
    raw = list(stream.raw_data)
    raw[index] = {**raw[index], "value": value}
    return raw


@pytest.fixture
def korean_revisions(page):
    """Two revisions differing only in the Korean title and the Korean paragraph."""
    first = page.latest_revision
    draft = latest_draft(page)
    draft.title_ko = "세미나 회의록"
    draft.body_ko = with_block_text(draft.body_ko, 1, "<p>고친 문단입니다.</p>")
    return first, draft.save_revision()


def test_a_korean_change_is_shown_with_its_language(editor_client, page, korean_revisions):
    rows = changed_rows(editor_client.get(compare_url(page, *(revision.pk for revision in korean_revisions))))

    assert list(rows) == ["Title (Korean)", "Body (Korean)"]
    assert texts(rows["Title (Korean)"], "deletion") == ["기록"]
    assert texts(rows["Title (Korean)"], "addition") == ["회의록"]
    assert "고친 문단입니다." in texts(rows["Body (Korean)"], "addition")


def test_live_against_latest_shows_the_same_change(editor_client, page, korean_revisions):
    rows = changed_rows(editor_client.get(compare_url(page, "live", "latest")))

    assert list(rows) == ["Title (Korean)", "Body (Korean)"]


def test_thai_rich_text_and_a_block_in_another_language_are_shown(editor_client, priority_index):
    priority = factories.PriorityPageFactory(parent=priority_index)
    first = priority.latest_revision
    draft = PriorityPage.objects.get(pk=priority.pk).get_latest_revision_as_object()
    draft.body_th = [factories.paragraph("ย่อหน้า<b>ภาษาไทย</b>")]
    draft.focus_areas_km = [
        {**block, "value": {"title": "វិស័យ", "description": "ការពិពណ៌នា"}} for block in draft.focus_areas_en.raw_data
    ][:1]
    second = draft.save_revision()

    rows = changed_rows(editor_client.get(compare_url(priority, first.pk, second.pk)))

    assert list(rows) == ["Body (Thai)", "Focus areas (Khmer)"]
    assert rows["Body (Thai)"].select_one(".addition").get_text() == "ย่อหน้าภาษาไทย"  # the text, not the markup
    assert "វិស័យ" in rows["Focus areas (Khmer)"].get_text()


def test_an_english_change_is_shown_as_english(editor_client, page):
    first = page.latest_revision
    draft = latest_draft(page)
    draft.title_en = "Seminar minutes"
    draft.body_en = with_block_text(draft.body_en, 1, "<p>A corrected paragraph.</p>")
    second = draft.save_revision()

    rows = changed_rows(editor_client.get(compare_url(page, first.pk, second.pk)))

    assert list(rows) == ["Title (English)", "Body (English)"]
    assert texts(rows["Title (English)"], "addition") == ["minutes"]
    assert texts(rows["Title (English)"], "deletion") == ["notes"]


def test_the_labels_follow_the_admins_language(client, editor, page, korean_revisions):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(editor)

    rows = changed_rows(client.get(compare_url(page, *(revision.pk for revision in korean_revisions))))

    assert list(rows) == ["제목 (한국어)", "본문 (한국어)"]


@pytest.mark.parametrize("group", [EDITORS, TRANSLATORS])
def test_languages_nobody_touched_in_the_editor_are_not_listed(client, priority_index, group):
    """Saving the edit form turns every empty translation from None into "": that is no change."""
    client.force_login(factories.UserFactory(groups=[group]))
    first = priority_index.latest_revision
    edit_url = reverse("wagtailadmin_pages:edit", args=[priority_index.pk])
    data = initial_form_data(client, edit_url, selector="form#page-edit-form")
    data.update(title_ko="우선 분야 (수정)", introduction_th="บทนำ")

    response = client.post(edit_url, data)
    assert response.status_code == 302, form_errors(response)
    priority_index.refresh_from_db()
    second = priority_index.latest_revision
    assert second.content["introduction_vi"] == "" and first.content["introduction_vi"] is None

    rows = changed_rows(client.get(compare_url(priority_index, first.pk, second.pk)))
    assert list(rows) == ["Title (Korean)", "Introduction (Thai)"]


def test_the_same_revision_twice_has_no_differences(editor_client, page):
    revision = page.latest_revision
    response = editor_client.get(compare_url(page, revision.pk, revision.pk))

    assert changed_rows(response) == {}
    assert "There are no differences between these two versions" in response.content.decode()


def test_unknown_revisions_and_pages_give_404(editor_client, page, about):
    revision = page.latest_revision.pk
    other_pages_revision = about.latest_revision.pk
    for url in (
        compare_url(page, revision, 999999),
        compare_url(page, 999999, revision),
        compare_url(page, other_pages_revision, revision),
        compare_url(page, revision, 10**20),
        reverse("wagtailadmin_pages:revisions_compare", args=(999999, revision, revision)),
        f"/admin/pages/{page.pk}/revisions/compare/{revision}...abc/",
    ):
        assert editor_client.get(url).status_code == 404, url


def test_translated_fields_of_inline_objects_and_snippets_are_labelled_too():
    for model, field_name, label in (
        (OpeningException, "reason_ko", "Reason (Korean)"),
        (factories.PressContact, "role_ind", "Role (Indonesian)"),
    ):
        field = model._meta.get_field(field_name)
        comparison_class = comparison_class_registry.get(field)
        unchanged = model(**{field_name: None})
        emptied = model(**{field_name: ""})
        assert comparison_class(field, unchanged, emptied).field_label() == label
        assert not comparison_class(field, unchanged, emptied).has_changed()
        assert comparison_class(field, unchanged, model(**{field_name: "x"})).has_changed()


def test_an_untouched_rich_text_editor_is_no_change():
    """No translated RichTextField exists yet; one would get the same rule as the others."""
    field = RichTextField(verbose_name="notes")
    field.name = field.attname = "notes_th"
    field.translated_field, field.language = RichTextField(verbose_name="notes"), "th"
    comparison_class = language_comparison_class(RichTextFieldComparison)
    untouched = SimpleNamespace(notes_th=None)

    empty_paragraph = comparison_class(field, untouched, SimpleNamespace(notes_th='<p data-block-key="a1b2c"></p>'))
    written = comparison_class(field, untouched, SimpleNamespace(notes_th="<p>หมายเหตุ</p>"))

    assert not empty_paragraph.has_changed()
    assert written.has_changed() and written.field_label() == "Notes (Thai)"
