"""Translated snippets (press contacts, datasets) in the translators' workbench: report and PO files."""

import polib
import pytest
from bs4 import BeautifulSoup

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from news.models import PressContact
from tests import factories
from translations.models import TranslationRecord
from translations.po import TranslationImportError, export_po, import_po
from translations.report import translation_states
from translations.snippets import translatable_snippet_models

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact():
    return factories.PressContactFactory(name="Kim Minji", name_ko="김민지", role="Press officer", role_ko="")


def states_of(contact, languages=("ko", "th")):
    return {state.language: state for state in translation_states([contact], list(languages))}


def test_press_contacts_and_datasets_are_translated_snippets():
    labels = {model._meta.label_lower for model in translatable_snippet_models()}
    assert {"news.presscontact", "publications.dataset"} <= labels


def test_a_missing_and_an_outdated_translation_of_a_press_contact(contact):
    assert states_of(contact)["ko"].missing == ["role"]
    contact.role_ko = "홍보 담당관"
    contact.save()
    assert states_of(contact)["ko"].state == "complete"

    contact.role_en = "Senior press officer"
    contact.save()

    assert states_of(contact)["ko"].outdated == ["role"]
    assert states_of(contact)["th"].missing == ["name", "role"]


def test_deleting_a_snippet_forgets_its_notes(contact):
    contact_type = ContentType.objects.get_for_model(PressContact)
    assert TranslationRecord.objects.filter(content_type=contact_type, object_id=contact.pk).exists()
    contact.delete()
    assert not TranslationRecord.objects.filter(content_type=contact_type, object_id=contact.pk).exists()


def report_rows(client, **filters):
    response = client.get(reverse("translation_report_results"), filters)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("table.translation-report tbody tr")


def test_the_report_lists_press_contacts_for_translators_without_their_editor(translator_client, contact):
    content_type = ContentType.objects.get_for_model(PressContact)
    rows = report_rows(translator_client, page_type=content_type.pk, language="ko")
    assert all(row.get("data-snippet") for row in rows)  # the type filter keeps press contacts only
    [row] = [row for row in rows if row["data-snippet"] == str(contact.pk)]
    assert row["data-state"] == "missing"
    assert "Kim Minji" in row.get_text() and "Press contact" in row.get_text()
    assert row.select("a") == []  # a translator may not open the snippet editor; PO files serve them


def test_the_report_links_an_editor_to_the_snippet_editor(editor_client, contact):
    content_type = ContentType.objects.get_for_model(PressContact)
    rows = report_rows(editor_client, page_type=content_type.pk, language="th")
    [row] = [row for row in rows if row["data-snippet"] == str(contact.pk)]
    [link] = row.select("a")
    assert link["href"] == reverse("wagtailsnippets_news_presscontact:edit", args=[contact.pk]) + "?language=th"


def test_po_round_trip_of_a_press_contact(contact, translator):
    entries = {entry.msgctxt: entry for entry in export_po("ko")}
    role = entries[f"snippet:news.presscontact:{contact.pk}|role"]
    name = entries[f"snippet:news.presscontact:{contact.pk}|name"]
    assert (role.msgid, role.msgstr) == ("Press officer", "")
    assert (name.msgid, name.msgstr) == ("Kim Minji", "김민지")
    assert "Snippet" in role.comment and "press contact" in role.comment

    po = polib.POFile()
    po.metadata = {"Language": "ko", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt=role.msgctxt, msgid=role.msgid, msgstr="홍보 담당관"))
    po.append(polib.POEntry(msgctxt=name.msgctxt, msgid=name.msgid, msgstr=name.msgstr))
    result = import_po(str(po), user=translator, language="ko")

    contact.refresh_from_db()
    assert contact.role_ko == "홍보 담당관" and contact.role_en == "Press officer" and contact.name_ko == "김민지"
    assert [(change.page, change.fields, change.outcome) for change in result.changes] == [(contact, ["role"], "saved")]
    assert "Snippets changed: 1." in result.summary()
    assert states_of(contact, ["ko"])["ko"].state == "complete"


@pytest.mark.parametrize(
    "context",
    [
        "snippet:news.presscontact:999999|role",  # no such snippet
        "snippet:news.nosuchmodel:1|role",  # no such model
        "snippet:auth.user:1|username",  # a model that is not a translated snippet
        "snippet:news.presscontact:99999999999999999999|role",  # beyond any id
        "snippet:news.presscontact:{pk}|email",  # a field that is not translated
    ],
)
def test_a_po_entry_for_an_unknown_snippet_or_field_is_refused(contact, translator, context):
    po = polib.POFile()
    po.metadata = {"Language": "ko", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt=context.format(pk=contact.pk), msgid="Press officer", msgstr="홍보"))
    with pytest.raises(TranslationImportError) as error:
        import_po(str(po), user=translator, language="ko")
    assert "unknown context" in str(error.value)
    contact.refresh_from_db()
    assert contact.role_ko == ""


def test_a_too_long_snippet_translation_is_refused_and_changes_nothing(contact, translator):
    po = polib.POFile()
    po.metadata = {"Language": "ko", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(
        polib.POEntry(msgctxt=f"snippet:news.presscontact:{contact.pk}|role", msgid="Press officer", msgstr="가" * 201)
    )
    with pytest.raises(TranslationImportError) as error:
        import_po(str(po), user=translator, language="ko")
    assert "at most 200" in str(error.value)
    contact.refresh_from_db()
    assert contact.role_ko == ""
