"""The translation status report: complete, missing and outdated translations, per page and language."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from django.urls import reverse

from pages.models import PriorityPage, StandardPage
from translations.models import TranslationRecord
from translations.report import (
    AWAITING_REVIEW,
    COMPLETE,
    MISSING,
    OUTDATED,
    totals,
    translatable_pages,
    translation_states,
)

pytestmark = pytest.mark.django_db


def states_of(page):
    return {state.language: state for state in translation_states(translatable_pages()) if state.page.pk == page.pk}


@pytest.mark.slow
@pytest.mark.usefixtures("initial_content_in_this_test")
def test_initial_content_is_complete_in_korean_and_awaits_review_elsewhere():
    """Korean covers every page; the other languages the Centre's real pages, awaiting a translator's
    review, and not the example pages."""
    states = translation_states(translatable_pages())
    count = len(translatable_pages())
    assert totals(states)["ko"] == (count, count)
    assert totals(states)["th"] == (0, count)
    thai = {state.page.url_path: state for state in states if state.language == "th"}
    greeting = next(state for path, state in thai.items() if path.endswith("/about/greetings/"))
    assert greeting.state == AWAITING_REVIEW and "body" in greeting.awaiting_review
    examples = [state for state in thai.values() if state.page.is_example]
    assert examples and all(state.state == MISSING and "title" in state.missing for state in examples)
    assert {state.state for state in thai.values()} == {AWAITING_REVIEW, MISSING}


def test_changing_the_english_makes_the_translations_outdated(priority):
    priority.summary_en = "A new English summary."
    priority.save_revision().publish()

    state = states_of(priority)["ko"]
    assert state.state == OUTDATED and state.outdated == ["summary"]
    assert state.outdated_labels == ["Summary"]


def test_translating_again_makes_it_complete(priority):
    priority.summary_en = "A new English summary."
    priority.save_revision().publish()
    priority.refresh_from_db()
    priority.summary_ko = "새로운 요약."
    priority.save_revision().publish()

    assert states_of(priority)["ko"].state == COMPLETE


def test_changing_english_and_translation_together_keeps_it_complete(priority):
    priority.summary_en = "A new English summary."
    priority.summary_ko = "새로운 요약."
    priority.save_revision().publish()

    assert states_of(priority)["ko"].state == COMPLETE


def test_an_unchanged_english_text_saved_again_is_not_outdated(priority):
    priority.save_revision().publish()
    priority.refresh_from_db()
    priority.save()

    assert states_of(priority)["ko"].state == COMPLETE


def test_images_and_block_ids_do_not_make_a_translation_outdated(about):
    raw = list(about.body_en.raw_data)
    for block in raw:
        block["id"] = block["id"][::-1]
    about.body_en = raw
    about.save_revision().publish()

    assert states_of(about)["ko"].state == COMPLETE


def test_the_report_reads_the_latest_draft(priority):
    priority.title_th = "เศรษฐกิจ"
    priority.save_revision()  # a draft, as a translator saves it

    state = states_of(priority)["th"]
    assert "title" not in state.missing
    priority.refresh_from_db()
    assert not priority.title_th, "the live page is unchanged"


def test_fingerprints_are_kept_in_the_database(priority):
    record = TranslationRecord.objects.get(page=priority, field_name="summary", language="ko")
    assert len(record.source_hash) == 64
    assert not TranslationRecord.objects.filter(page=priority, language="th").exists()


def test_report_lists_pages_with_totals_and_edit_links(translator_client, about):
    response = translator_client.get(reverse("translation_report"), {"language": "th"})
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    count = len(translatable_pages())
    totals_text = {
        item["data-language"]: item.get_text(" ", strip=True) for item in document.select(".translation-total")
    }
    assert f"{count}/{count} pages complete" in totals_text["ko"]
    assert f"0/{count} pages complete" in totals_text["th"]
    rows = document.select("table.translation-report tbody tr")
    assert rows and all(row["data-language"] == "th" and row["data-state"] == MISSING for row in rows)
    edit_url = f"{reverse('wagtailadmin_pages:edit', args=[about.pk])}?language=th"
    assert document.select_one(f'a[href="{edit_url}"]') is not None


@pytest.mark.parametrize(
    ("filters", "expected_languages", "expected_states"),
    [
        ({"state": "complete"}, {"ko"}, {COMPLETE}),
        ({"state": "missing", "language": "vi"}, {"vi"}, {MISSING}),
        ({"language": "ko"}, {"ko"}, {COMPLETE}),
    ],
)
def test_report_filters(translator_client, filters, expected_languages, expected_states):
    response = translator_client.get(reverse("translation_report_results"), filters)
    rows = BeautifulSoup(response.content, "html.parser").select("table.translation-report tbody tr")
    assert rows
    assert {row["data-language"] for row in rows} == expected_languages
    assert {row["data-state"] for row in rows} == expected_states


def test_report_filters_by_page_type(translator_client):
    content_type = ContentType.objects.get_for_model(PriorityPage)
    response = translator_client.get(
        reverse("translation_report_results"), {"page_type": content_type.pk, "language": "ko"}
    )
    rows = BeautifulSoup(response.content, "html.parser").select("table.translation-report tbody tr")
    assert {int(row["data-page"]) for row in rows} == set(PriorityPage.objects.values_list("pk", flat=True))


@pytest.mark.parametrize("query", ["?language=xx", "?state=nonsense", "?page_type=abc", "?p=999", "?page_type=99999"])
def test_odd_filters_do_not_break_the_report(translator_client, query):
    assert translator_client.get(reverse("translation_report") + query).status_code == 200


def test_visitors_and_users_without_page_permissions_are_kept_out(client, django_user_model):
    assert client.get(reverse("translation_report")).status_code == 302  # to the login page
    user = django_user_model.objects.create_user("someone", "someone@example.org", "a-long-test-password")
    client.force_login(user)
    assert client.get(reverse("translation_report")).status_code in (302, 403)


# About one a page type (the contact page is the latest) and one a translated snippet type (press
# contacts, datasets), never one a page or a snippet.
REPORT_QUERIES = 33
NOT_INDEXING = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}


@pytest.mark.slow
def test_report_queries_do_not_grow_with_the_number_of_pages(translator_client, about, django_assert_max_num_queries):
    url = reverse("translation_report")
    about.save_revision()  # one draft, so both counts include the query for drafts' revisions
    translator_client.get(url)  # warm the content type cache, as in a running server
    with django_assert_max_num_queries(REPORT_QUERIES) as few_pages:
        assert translator_client.get(url, {"language": "th"}).status_code == 200

    with override_settings(WAGTAILSEARCH_BACKENDS=NOT_INDEXING):  # indexing would only slow this down
        for number in range(500 - len(translatable_pages())):
            page = StandardPage(title=f"Page {number}", slug=f"page-{number}", introduction=f"Introduction {number}")
            about.add_child(instance=page)
            if number % 5 == 0:
                page.title_th = f"หน้า {number}"
                page.save_revision()  # some with drafts, read from their revisions
    assert len(translatable_pages()) == 500

    with django_assert_max_num_queries(REPORT_QUERIES) as many_pages:
        response = translator_client.get(url, {"language": "th"})
    assert response.status_code == 200
    assert b"0/500 pages complete" in response.content
    assert len(many_pages) == len(few_pages)
