"""A missing translation is indexed as empty text, not as the word "None"."""

import re

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from pages.models import StandardPage


def test_missing_translations_are_not_indexed_as_none(about):
    about.introduction_en = "The Centre promotes exchanges."
    about.save()
    get_search_backend().add(about)
    entry = IndexEntry.objects.get(object_id=str(about.pk), content_type__model="standardpage")
    # SQLite keeps the text, PostgreSQL a tsvector of lexemes ('none':12); the word must be in neither.
    indexed = f"{entry.title} {entry.body}".lower()
    assert re.search(r"\bnone\b", indexed) is None
    assert "exchang" in indexed, "the text itself is indexed"


def test_searching_none_finds_no_page(db):
    assert list(StandardPage.objects.live().search("None")) == []
