"""Which fields of the contact page are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from contact.models import ContactPage


@register(ContactPage)
class ContactPageTranslation(TranslationOptions):
    fields = ("body", "confirmation")
