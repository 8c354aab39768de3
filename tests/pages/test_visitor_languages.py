"""Card lists load the visitor's language and English, not all ten (pages.listing.in_visitor_languages)."""

import pytest

from django.contrib.auth.models import Group
from django.utils import translation

from pages.listing import in_visitor_languages, unseen_translation_fields
from programmes.models import EventPage, HallPage
from tests.factories import EventIndexPageFactory, EventPageFactory, HallIndexPageFactory, HallPageFactory

pytestmark = pytest.mark.django_db


def test_unseen_fields_are_every_language_but_the_visitors_and_english():
    unseen = unseen_translation_fields(HallPage, language="ko")
    assert "title_th" in unseen and "address_th" in unseen and "title_fil" in unseen
    assert not {"title_ko", "title_en", "address_ko", "address_en", "title"} & set(unseen)
    assert "title_ko" in unseen_translation_fields(HallPage, language="th")
    assert "hall__title_th" in unseen_translation_fields(HallPage, language="ko", prefix="hall__")


def test_a_model_without_translations_defers_nothing():
    assert unseen_translation_fields(Group, language="ko") == []


def test_cards_show_the_visitors_language_and_fall_back_without_more_queries(django_assert_num_queries):
    hall_index = HallIndexPageFactory()
    hall = HallPageFactory(parent=hall_index, title="Seoul hall", title_ko="서울 전시관")
    EventPageFactory(parent=EventIndexPageFactory(), hall=hall, title="An event", title_ko="")
    with translation.override("ko"):
        halls = in_visitor_languages(HallPage.objects.filter(pk=hall.pk))
        events = in_visitor_languages(EventPage.objects.filter(hall=hall).select_related("hall"), "hall")
        with django_assert_num_queries(2):
            (loaded_hall,) = halls
            (loaded_event,) = events
            # The Korean value, the English fallback and the related hall's Korean title: no query more.
            assert loaded_hall.title == "서울 전시관"
            assert loaded_event.title == "An event"
            assert loaded_event.hall.title == "서울 전시관"
        assert "title_th" in loaded_hall.get_deferred_fields()
