"""Which fields of the publications are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from publications.models import Dataset, DatasetRow, FiguresPage, PublicationIndexPage, PublicationPage


@register(PublicationIndexPage)
class PublicationIndexPageTranslation(TranslationOptions):
    fields = ()


@register(PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    fields = ("authors", "summary", "body")


@register(Dataset)
class DatasetTranslation(TranslationOptions):
    fields = ("title", "unit", "source_name")


@register(DatasetRow)
class DatasetRowTranslation(TranslationOptions):
    fields = ("label",)


@register(FiguresPage)
class FiguresPageTranslation(TranslationOptions):
    fields = ("body",)
