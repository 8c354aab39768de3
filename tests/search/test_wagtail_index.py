"""The search adapter's hold on Wagtail's internals (search/wagtail_index.py).

These fail loudly when a Wagtail upgrade renames or changes what the adapter uses, before a
visitor's search does.
"""

import pytest

from django.db import connection

import wagtail
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from search import wagtail_index

CHECKED_WITH = (8, 0)


def test_the_adapter_was_checked_against_this_wagtail_release():
    assert wagtail.VERSION[:2] == CHECKED_WITH, (
        f"Wagtail is {wagtail.__version__}; search/wagtail_index.py was checked against "
        f"{'.'.join(map(str, CHECKED_WITH))}: read Wagtail's release notes for its database search "
        "backend, run the PostgreSQL suite, then update CHECKED_WITH."
    )


def test_the_index_table_has_the_columns_the_adapter_reads():
    names = {field.name for field in IndexEntry._meta.get_fields()}
    assert {"content_type", "object_id", "title", "body"} <= names
    title, body = wagtail_index.text_columns()
    assert {title, body} <= names
    if connection.vendor == "postgresql":
        assert {"title_norm", "title_text", "body_text"} <= names
        assert (title, body) == ("title_text", "body_text")
    else:
        assert (title, body) == ("title", "body")


def test_pages_reach_their_index_rows_by_the_named_relation():
    relation = Page._meta.get_field(wagtail_index.INDEX_RELATION)
    assert relation.related_model is IndexEntry


def test_promotion_queries_are_normalised_as_wagtail_stores_them():
    # Lower case and single spaces: the site's own query cleaning (search/query.py) does the rest.
    assert wagtail_index.normalise("  ASEAN-Korea   Forum  ") == "asean-korea forum"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="lexemes and weights are PostgreSQL's")
def test_all_terms_query_and_rank_find_and_order_a_real_index_entry(make_event):
    make_event(title="Zebrafish forum", introduction="A zebrafish week.").save_revision().publish()
    make_event(title="Trade forum", introduction="Zebrafish appear once.").save_revision().publish()
    query = wagtail_index.all_terms_query(("zebrafish",))
    ranked = (
        wagtail_index.entries()
        .filter(title=query)
        .annotate(relevance=wagtail_index.rank(query, "title"))
        .order_by("-relevance")
    )
    assert [entry.title_text for entry in ranked][:1] == ["Zebrafish forum"]
    both = wagtail_index.all_terms_query(("zebrafish", "week"))
    assert wagtail_index.entries().filter(body=both).count() == 1
