"""The news item's admin form: a press release is published only with a press contact."""

from django.utils.translation import gettext_lazy as _

from news.choices import NewsKind
from pages.forms import BasePageForm


class NewsPageForm(BasePageForm):
    def clean(self):
        cleaned_data = super().clean()
        # Wagtail defers required fields only for "Save draft": publishing, scheduling and
        # submitting for moderation all validate in full, and so all need the contact.
        publishing = not self.is_deferred_validation
        if publishing and cleaned_data.get("kind") == NewsKind.PRESS_RELEASE and not cleaned_data.get("press_contact"):
            self.add_error(
                "press_contact",
                _("A press release cannot be published without a press contact. Choose one, or save a draft."),
            )
        return cleaned_data
