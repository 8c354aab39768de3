"""Which fields of the Member State pages are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from countries.models import CountryIndexPage, CountryPage


@register(CountryIndexPage)
class CountryIndexPageTranslation(TranslationOptions):
    fields = ("body",)


@register(CountryPage)
class CountryPageTranslation(TranslationOptions):
    fields = ("capital", "languages", "relations_with_korea")
