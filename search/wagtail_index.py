"""The one module that reaches into Wagtail's search internals.

The site's search (search/matching.py, search/results.py) needs what Wagtail's database search
backend does not offer as public API: its index table and columns, PostgreSQL's lexeme builder and
Wagtail's column weights, and the normaliser of search-promotion queries. They are named here and
nowhere else; tests/search/test_wagtail_index.py fails as soon as a Wagtail upgrade changes them.
"""

import functools
import operator

from django.contrib.postgres import search as postgres_search
from django.db.models import F

from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.backends.database.postgres.weights import get_sql_weights
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

# The relation from an indexed object (a page) to its rows in the index.
INDEX_RELATION = "index_entries"


def entries():
    return IndexEntry.objects.all()


def text_columns():
    """The index's plain-text columns: PostgreSQL keeps text beside its tsvectors, SQLite keeps only text."""
    names = {model_field.name for model_field in IndexEntry._meta.get_fields()}
    return ("title_text", "body_text") if "body_text" in names else ("title", "body")


def all_terms_query(terms):
    """A PostgreSQL full-text query for pages holding every term, built as Wagtail's backend builds it."""
    lexemes = functools.reduce(operator.and_, (Lexeme(term) for term in terms))
    return postgres_search.SearchQuery(lexemes, search_type="raw")


def rank(query, column):
    """Wagtail's PostgreSQL relevance of one index column: a title's rank is weighted by its `title_norm`."""
    relevance = postgres_search.SearchRank(F(column), query, weights=get_sql_weights())
    return relevance * F(column + "_norm") if column.endswith("title") else relevance


def normalise(text):
    """A query as search promotions store it (lower case, single spaces)."""
    return normalise_query_string(text)
