"""The trigram indexes for words of run-together scripts (migration search.0001, search/matching.py).

PostgreSQL only: SQLite keeps no text columns for them, and its search is unchanged. What must hold: the
same pages in the same order with the index, without it, and by the query the site ran before it.
"""

import pytest

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.models import Page, Site
from wagtail.search.models import IndexEntry

from pages.site_tree import public_pages
from programmes.models import EventPage
from search import matching
from search.matching import (
    MAX_RESULTS,
    all_terms_condition,
    contains,
    substring_matches,
    trigram_candidate_entries,
    trigram_searchable,
)
from tests.search.test_search import RUN_TOGETHER_TEXTS

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="trigram indexes are PostgreSQL's (pg_trgm)"
)
TRIGRAM_INDEXES = ("modelsearch_title_text_trgm", "modelsearch_body_text_trgm")
KOREAN = "한-아세안센터를 소개합니다"  # "아세안센터" only occurs joined to other letters


def public_site_pages():
    return public_pages(Page.objects.descendant_of(Site.objects.get(is_default_site=True).root_page, inclusive=True))


def matches_without_trigrams(pages, terms):
    """The substring query as the site ran it before the index: every page, in tree order."""
    ids = pages.filter(all_terms_condition(terms, contains)).order_by("path").values_list("pk", flat=True)
    return list(dict.fromkeys(ids[:MAX_RESULTS]))


def test_only_caseless_words_of_three_letters_or_more_are_looked_up_by_trigram():
    assert trigram_searchable("아세안")
    assert all(trigram_searchable(word) for _, word in RUN_TOGETHER_TEXTS.values())
    # LIKE '%제주%' gives the index no trigram to look up: a two-letter word is matched as before.
    assert not trigram_searchable("제주")
    # A word with case is matched upper-cased (strpos), which a trigram index does not serve.
    assert not trigram_searchable("asean") and not trigram_searchable("아세안asean")


@needs_postgresql
def test_migration_creates_both_trigram_indexes(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [IndexEntry._meta.db_table])
        definitions = dict(cursor.fetchall())
    for name, column in zip(TRIGRAM_INDEXES, ("title_text", "body_text"), strict=True):
        assert f"gin ({column} gin_trgm_ops)" in definitions[name]


@needs_postgresql
@pytest.mark.parametrize("word", ["아세안", *(word for _, word in RUN_TOGETHER_TEXTS.values())])
def test_the_database_locale_counts_each_scripts_letters(db, word):
    """pg_trgm takes trigrams only from what the database's LC_CTYPE calls letters.

    Under C.UTF-8 (CI's) every script here has them (Burmese words are split at the asat, U+103A, Thai
    ones at tone marks, and the pieces still give trigrams); under LC_CTYPE=C none do, and the index
    would find nothing to narrow (docs/deployment.md).
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(array_length(show_trgm(%s), 1), 0), current_setting('lc_ctype')", [word])
        count, ctype = cursor.fetchone()
    assert count > 0, f"LC_CTYPE {ctype} gives {word} no trigrams"


def publish_event(make_event, **fields):
    event = make_event(**fields)
    event.save_revision().publish()
    return event


@needs_postgresql
def test_same_pages_in_the_same_order_with_and_without_the_index(db, make_event, monkeypatch):
    monkeypatch.setattr(matching, "TRIGRAM_CANDIDATES", 3)  # so that a word on four pages counts as common
    thai_text, thai_word = RUN_TOGETHER_TEXTS["th"]
    common = [publish_event(make_event, introduction_th=f"{thai_text} {number}") for number in range(4)]
    rare = publish_event(make_event, title="Zebrafish week", introduction_ko=KOREAN)
    publish_event(make_event, introduction_ko=KOREAN)
    for language in ("km", "lo", "my"):
        publish_event(make_event, **{f"introduction_{language}": RUN_TOGETHER_TEXTS[language][0]})
    make_event(introduction_ko=KOREAN, live=False)  # a draft: never found
    queries = [
        (thai_word,),  # more candidates than TRIGRAM_CANDIDATES: the tree is read in order, as before
        ("아세안센터",),  # two pages, from the index
        ("아세안센터", "zebrafish"),  # with a word that has case, matched as before on the candidates
        *((word,) for _, word in (RUN_TOGETHER_TEXTS[language] for language in ("km", "lo", "my"))),
        ("센터",),  # two letters: no trigram lookup
        ("없는단어",),  # on no page
    ]
    pages = public_site_pages()
    before = {terms: matches_without_trigrams(pages, terms) for terms in queries}
    assert before[(thai_word,)] == [event.pk for event in common]
    assert len(before[("아세안센터",)]) == 2 and before[("아세안센터", "zebrafish")] == [rare.pk]
    assert all(before[terms] for terms in queries[3:7]) and before[("없는단어",)] == []
    with_index = {terms: substring_matches(pages, terms) for terms in queries}
    with connection.cursor() as cursor:  # dropped inside the test's transaction, so back afterwards
        for name in TRIGRAM_INDEXES:
            cursor.execute(f"DROP INDEX {name}")
    without_index = {terms: substring_matches(pages, terms) for terms in queries}
    assert with_index == before
    assert without_index == before


@needs_postgresql
def test_the_index_serves_a_rare_thai_or_korean_word_among_thousands_of_entries(db):
    # Thousands of entries of other text, as on a large site: the planner reads a small table whole.
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {IndexEntry._meta.db_table}"  # noqa: S608 -- the table's name, no input
            " (content_type_id, object_id, title_norm, autocomplete, title, body, title_text, body_text)"
            " SELECT %s, (1000000 + n)::text, 1, '', '', '', 'Forum ' || n,"
            " 'ASEAN-Korea Centre 한-아세안 무역 포럼 ฟอรัมการค้าอาเซียน-เกาหลี '"
            # about a kilobyte that does not compress, as a page's text in ten languages
            " || (SELECT string_agg(md5(n::text || ':' || part), ' ') FROM generate_series(1, 30) AS part)"
            " FROM generate_series(1, 3000) AS n",
            [ContentType.objects.get_for_model(EventPage).pk],
        )
        # New entries wait in a GIN index's pending list, which the planner prices as read whole, until
        # autovacuum merges them; merged here as it would.
        for name in TRIGRAM_INDEXES:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])
        cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}")
    for word in ("เทศกาล", "아세안센터"):
        plan = trigram_candidate_entries((word,))[: matching.TRIGRAM_CANDIDATES + 1].explain()
        assert "modelsearch_body_text_trgm" in plan, plan
        assert "modelsearch_title_text_trgm" in plan, plan
