"""The inquiry form of the contact page, and what happens when a visitor sends it."""

import logging

from django import forms
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import get_admin_base_url

from akc_site.commits import after_commit
from contact.guards import VisitorFormMixin
from contact.mail import compose
from contact.models import Inquiry

logger = logging.getLogger(__name__)


class InquiryForm(VisitorFormMixin, forms.ModelForm):
    personal_data_model = Inquiry
    rate_scope = "inquiry"

    class Meta:
        model = Inquiry
        fields = ["topic", "name", "email", "organisation", "message"]
        # autocomplete names the visitor's own details (WCAG 1.3.5) so browsers can fill them in.
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "message": forms.Textarea(attrs={"rows": 8}),
        }
        help_texts = {
            "topic": _("Your message goes to the team that answers on this topic."),
            "message": _("Up to 5,000 characters."),
        }

    def save(self, commit=True):
        inquiry = super().save(commit=False)
        inquiry.language = get_language()
        inquiry.consented_at = timezone.now()
        if commit:
            inquiry.save()
        return inquiry

    @transaction.atomic
    def send(self):
        """Store the inquiry, count it against the rate limit, and tell the team and the visitor."""
        inquiry = self.save()
        self.count_send()
        after_commit(lambda: notify(inquiry, self.organisation))
        return inquiry


def notify(inquiry, organisation):
    """The team's notice (reply goes to the visitor) and the visitor's confirmation, both queued."""
    team_address = organisation.team_address(inquiry.team)
    context = {"inquiry": inquiry, "organisation": organisation}
    if team_address:
        context["admin_url"] = get_admin_base_url() + reverse("inquiries:inspect", args=[inquiry.pk])
        compose(
            "contact/email/inquiry_notice",
            context,
            to=team_address,
            language=settings.LANGUAGE_CODE,
            reply_to=[inquiry.email],
        ).send()
    else:
        logger.warning("Inquiry %s is stored but no team address is set to tell about it", inquiry.pk)
    # The confirmation repeats none of the message, so the form cannot relay text to a stranger.
    compose(
        "contact/email/inquiry_received",
        context,
        to=inquiry.email,
        language=inquiry.language,
        reply_to=[team_address] if team_address else [],
    ).send()
