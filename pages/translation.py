"""Which fields of the editorial pages are translated (django-modeltranslation registrations)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from pages.models import (
    BasePage,
    GreetingPage,
    OrganisationSettings,
    PriorityIndexPage,
    PriorityPage,
    StandardPage,
)


@register(BasePage)
class BasePageTranslation(TranslationOptions):
    fields = ("introduction",)


@register(GreetingPage)
class GreetingPageTranslation(TranslationOptions):
    fields = ("lead", "body", "signatory_name", "signatory_title")


@register(PriorityIndexPage)
class PriorityIndexPageTranslation(TranslationOptions):
    fields = ()


@register(PriorityPage)
class PriorityPageTranslation(TranslationOptions):
    fields = ("short_name", "summary", "body", "focus_areas")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("body",)


@register(OrganisationSettings)
class OrganisationSettingsTranslation(TranslationOptions):
    fields = ("organisation_name", "address", "office_hours", "privacy_officer")
