"""Which fields of the programmes are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from programmes.models import EventIndexPage, EventPage, ExhibitionPage, HallIndexPage, HallPage, OpeningException


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ()


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = (
        "body",
        "status_note",
        "venue_name",
        "venue_address",
        "venue_city",
        "organisers",
        "partners",
        "fee",
        "contact_name",
        "contact_unit",
    )


@register(HallIndexPage)
class HallIndexPageTranslation(TranslationOptions):
    fields = ()


@register(HallPage)
class HallPageTranslation(TranslationOptions):
    fields = ("description", "address", "directions", "admission", "accessibility")


@register(OpeningException)
class OpeningExceptionTranslation(TranslationOptions):
    fields = ("reason",)


@register(ExhibitionPage)
class ExhibitionPageTranslation(TranslationOptions):
    fields = ("body", "curator", "partners")
