"""Which fields of the home page are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from home.models import HomePage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("hero_statement",)
