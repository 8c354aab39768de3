"""A missing translation is indexed as empty text, not as the word "None"."""

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from pages.models import StandardPage


def test_missing_translations_are_not_indexed_as_none(about):
    get_search_backend().add(about)
    entry = IndexEntry.objects.get(object_id=str(about.pk), content_type__model="standardpage")
    assert "None" not in entry.body and "None" not in entry.title
    assert about.title_en in entry.title


def test_searching_none_finds_no_page(db):
    assert list(StandardPage.objects.live().search("None")) == []
