"""Which fields of the news are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from news.models import NewsIndexPage, NewsPage, PressContact


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ()


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("body",)


@register(PressContact)
class PressContactTranslation(TranslationOptions):
    fields = ("name", "role")
