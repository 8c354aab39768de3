"""Translations no translator has reviewed: awaiting review in the report, the PO file and to visitors."""

import polib
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from translations.models import TranslationRecord
from translations.po import export_po
from translations.report import AWAITING_REVIEW, COMPLETE, OUTDATED, translatable_pages, translation_states
from translations.tracking import confirm_review, is_awaiting_review, mark_awaiting_review
from translations.units import localized, translatable_fields

pytestmark = pytest.mark.django_db

REVIEW_NOTICE = "This translation has not yet been reviewed"


def states_of(page):
    return {state.language: state for state in translation_states(translatable_pages()) if state.page.pk == page.pk}


@pytest.fixture
def unreviewed_thai(priority):
    """The priority translated into Thai without a translator, as the starting content is."""
    for name in translatable_fields(type(priority)):
        english = getattr(priority, localized(name, "en"))
        setattr(priority, localized(name, "th"), f"ไทย {english}" if isinstance(english, str) and english else english)
    priority.summary_th = "สรุปภาษาไทย"
    priority.save_revision().publish()
    mark_awaiting_review([priority.pk], "th")
    priority.refresh_from_db()
    return priority


@pytest.fixture
def urls(unreviewed_thai):
    """The page's address per language, read once (a request leaves its language active in this thread)."""
    with translation.override("en"):
        english = unreviewed_thai.url
    return {language: english.replace("/en/", f"/{language}/", 1) for language in ("en", "ko", "th")}


def test_the_report_says_awaiting_review(unreviewed_thai):
    thai = states_of(unreviewed_thai)["th"]
    assert thai.state == AWAITING_REVIEW
    assert {"title", "summary"} <= set(thai.awaiting_review)
    assert states_of(unreviewed_thai)["ko"].state == COMPLETE


def test_an_outdated_translation_is_outdated_first(unreviewed_thai):
    unreviewed_thai.summary_en = "A new English summary."
    unreviewed_thai.save_revision().publish()
    assert states_of(unreviewed_thai)["th"].state == OUTDATED


def test_editing_a_translation_is_reviewing_it_saving_unchanged_is_not(unreviewed_thai):
    unreviewed_thai.search_description_en = "Only the English changes."
    unreviewed_thai.save_revision().publish()
    assert TranslationRecord.objects.get(page=unreviewed_thai, field_name="summary", language="th").awaiting_review

    unreviewed_thai.summary_th = "สรุปที่ผู้แปลแก้ไขแล้ว"
    unreviewed_thai.save_revision().publish()
    assert not TranslationRecord.objects.get(page=unreviewed_thai, field_name="summary", language="th").awaiting_review
    assert TranslationRecord.objects.get(page=unreviewed_thai, field_name="title", language="th").awaiting_review


def test_visitors_are_told_until_a_translator_confirms(client, unreviewed_thai, urls):
    assert "review-notice" not in client.get(urls["en"]).content.decode()
    thai_page = client.get(urls["th"]).content.decode()
    assert 'class="fallback-notice review-notice"' in thai_page
    assert REVIEW_NOTICE not in thai_page, "the Thai catalogue says it in Thai"
    assert "review-notice" not in client.get(urls["ko"]).content.decode()

    assert confirm_review(unreviewed_thai, "th") > 0
    assert "review-notice" not in client.get(urls["th"]).content.decode()


def test_the_notice_costs_one_query_and_none_in_english(client, urls):
    client.get(urls["en"])  # warm what is cached per process (site root, settings)
    client.get(urls["th"])
    with CaptureQueriesContext(connection) as english:
        client.get(urls["en"])
    with CaptureQueriesContext(connection) as thai:
        client.get(urls["th"])
    review_queries = [query for query in thai.captured_queries if "awaiting_review" in query["sql"]]
    assert len(review_queries) == 1
    assert not [query for query in english.captured_queries if "awaiting_review" in query["sql"]]


def test_the_po_file_marks_unreviewed_translations_fuzzy(unreviewed_thai):
    po = polib.pofile(str(export_po("th", only_missing=True)))
    summary = next(entry for entry in po if entry.msgctxt == f"page:{unreviewed_thai.pk}|summary")
    assert "fuzzy" in summary.flags and "No translator has reviewed" in summary.comment
    korean = polib.pofile(str(export_po("ko", only_missing=True)))
    assert not any(entry.msgctxt == f"page:{unreviewed_thai.pk}|summary" for entry in korean)


def test_a_translator_confirms_in_the_report(translator_client, unreviewed_thai):
    report = translator_client.get(reverse("translation_report"), {"language": "th", "state": AWAITING_REVIEW})
    confirm_url = reverse("translation_confirm_review", args=[unreviewed_thai.pk, "th"])
    assert confirm_url in report.content.decode()

    response = translator_client.post(confirm_url, follow=True)
    assert response.status_code == 200
    assert "marked as reviewed" in response.content.decode()
    assert not is_awaiting_review(unreviewed_thai, "th")
    assert states_of(unreviewed_thai)["th"].state == COMPLETE


@pytest.mark.parametrize("method", ["get", "put"])
def test_confirming_takes_a_post(translator_client, unreviewed_thai, method):
    url = reverse("translation_confirm_review", args=[unreviewed_thai.pk, "th"])
    assert getattr(translator_client, method)(url).status_code == 405
    assert is_awaiting_review(unreviewed_thai, "th")


def test_confirming_bad_input(translator_client, unreviewed_thai):
    with translation.override("en"):
        unknown_page = reverse("translation_confirm_review", args=[999999, "th"])
    response = translator_client.post(unknown_page)
    if response.status_code == 302:  # LocaleMiddleware tries the address under a language prefix first
        response = translator_client.get(response["Location"])
    assert response.status_code == 404
    unknown_language = reverse("translation_confirm_review", args=[unreviewed_thai.pk, "xx"])
    response = translator_client.post(unknown_language, follow=True)
    assert response.status_code == 200 and "Unknown language" in response.content.decode()
    again = reverse("translation_confirm_review", args=[unreviewed_thai.pk, "ko"])
    assert "Nothing of this translation" in translator_client.post(again, follow=True).content.decode()


def test_only_someone_who_may_edit_the_page_confirms(client, unreviewed_thai, django_user_model):
    visitor = django_user_model.objects.create_user("reader", password="x")
    client.force_login(visitor)
    url = reverse("translation_confirm_review", args=[unreviewed_thai.pk, "th"])
    assert client.post(url).status_code in (302, 403)
    assert is_awaiting_review(unreviewed_thai, "th")
