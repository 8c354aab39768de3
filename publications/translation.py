"""Which fields of the publications are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from publications.models import PublicationIndexPage, PublicationPage


@register(PublicationIndexPage)
class PublicationIndexPageTranslation(TranslationOptions):
    fields = ()


@register(PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    fields = ("authors", "summary", "body")
