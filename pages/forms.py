"""The admin form every page type shares: help texts that say where this type shows each field."""

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminPageForm

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE


class BasePageForm(WagtailAdminPageForm):
    """Sets the help texts and the required introduction from the page type's own attributes.

    BasePage's fields are inherited by every page type, but where they appear differs by type (a
    type with a main image uses it on cards). A model help text would say one thing for all types
    and cost a migration in every app when it changes; the form says it per type instead.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        for language in LANGUAGE_CODES:
            name = build_localized_fieldname("introduction", language)
            if name in self.fields:
                self.fields[name].help_text = model.introduction_help_text
        if "listing_image" in self.fields:
            self.fields["listing_image"].help_text = model.listing_image_help_text
        english_introduction = self.fields.get(build_localized_fieldname("introduction", SOURCE_LANGUAGE))
        if model.introduction_required and english_introduction is not None:
            # Required like any required field: "Save draft" defers it, publishing asks for it.
            english_introduction.required = True
            english_introduction.error_messages["required"] = model.introduction_required_message
