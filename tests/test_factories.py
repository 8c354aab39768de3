"""The factory-built test site (tests/factories.py) has what the suite relies on."""

from django.utils import translation

from wagtail.models import Page, get_page_models

from akc_site.languages import SOURCE_LANGUAGE
from tests import factories


def test_every_page_type_is_in_the_test_site_live_under_an_allowed_parent(db):
    pages = {}
    for page in Page.objects.filter(depth__gte=2).specific():
        pages.setdefault(type(page), page)
    assert set(pages) == {model for model in get_page_models() if model is not Page}
    for model, page in pages.items():
        assert type(page.get_parent().specific) in model.allowed_parent_page_models(), model
        assert page.live and not page.has_unpublished_changes and page.last_published_at, model


def test_every_page_has_a_korean_title_and_introduction_unlike_the_english(db):
    for page in Page.objects.filter(depth__gte=2).specific():
        assert page.title_ko and page.title_ko != page.title_en, page.url_path
        assert page.introduction_ko and page.introduction_en not in page.introduction_ko, page.url_path


def test_a_factory_page_is_created_in_english_whatever_language_is_active(event_index):
    with translation.override("th"):
        event = factories.EventPageFactory(parent=event_index, title="Made while Thai was active")
    assert event.title_en == "Made while Thai was active" and not event.title_th
    assert SOURCE_LANGUAGE == "en"


def test_a_draft_from_a_factory_is_not_live_and_has_no_revision(event_index):
    draft = factories.EventPageFactory(parent=event_index, live=False)
    assert not draft.live and draft.latest_revision is None
