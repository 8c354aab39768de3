"""Which fields of images are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from images.models import SiteImage


@register(SiteImage)
class SiteImageTranslation(TranslationOptions):
    fields = ("alt_text", "caption")
