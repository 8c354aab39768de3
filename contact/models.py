"""What visitors send the Centre, the rules every such record follows, and the contact page.

`PersonalData` is the base of every model that stores a visitor's personal data (an inquiry here;
a registration in registrations/, a visit request in visits/): it records the language the visitor
wrote in, when they consented, and the day after which the record is deleted (contact/retention.py,
run by the worker every hour). Each model states its purpose and retention period, which the
consent checkbox shows the visitor word for word (contact/guards.py).
"""

import datetime

from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField

from pages.blocks import BodyBlock
from pages.models import BasePage
from pages.sections import page_sections


class PersonalData(models.Model):
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=12, help_text=_("The language the visitor used."))
    consented_at = models.DateTimeField(_("consent given"))
    delete_after = models.DateField(_("deleted after"), db_index=True, editable=False)

    # Stated to the visitor beside the consent checkbox; each model says its own.
    purpose = None
    # How long the record is kept, in days from retention_starts(), and the same said to the
    # visitor as a sentence ("It is deleted one year after it is received.").
    retention_days = 365
    retention_statement = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.delete_after = self.retention_starts() + datetime.timedelta(days=self.retention_days)
        super().save(*args, **kwargs)

    def retention_starts(self):
        """The day the retention period counts from: the day received, unless a model knows better."""
        return timezone.localdate(self.created_at)


class InquiryTopic(models.TextChoices):
    GENERAL = "general", _("General question")
    PRESS = "press", _("Press and media")
    PARTNERSHIP = "partnership", _("Partnership and cooperation")
    PROGRAMMES = "programmes", _("Events and programmes")
    HALLS = "halls", _("ASEAN Halls and group visits")

    @property
    def team(self):
        """The team of OrganisationSettings.TEAMS whose address receives inquiries on this topic."""
        return {"press": "press", "programmes": "programmes", "halls": "halls"}.get(self.value, "general")


class Inquiry(PersonalData):
    topic = models.CharField(_("topic"), max_length=20, choices=InquiryTopic.choices, default=InquiryTopic.GENERAL)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    is_answered = models.BooleanField(_("answered"), default=False, db_index=True)
    staff_note = models.TextField(
        _("note for the team"), blank=True, help_text=_("Seen only by staff, e.g. who answered and when.")
    )

    purpose = _("The Centre keeps what you send to answer your inquiry.")
    retention_days = 365
    retention_statement = _("Your inquiry is deleted one year after it is received.")

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} · {self.get_topic_display()}"

    @property
    def team(self):
        return InquiryTopic(self.topic).team


# By dotted path: the form is a ModelForm of Inquiry, so this module cannot import it.
INQUIRY_FORM = "contact.forms.InquiryForm"


class ContactPage(RoutablePageMixin, BasePage):
    """The Centre's contact details (from OrganisationSettings) and the inquiry form.

    It carries a form with a CSRF token, so it is never cached: one visitor's token must not be
    served to another. The confirmation at sent/ shows nothing personal.
    """

    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Shown above the contact details and the form, e.g. which team to write to."),
    )
    confirmation = models.TextField(
        _("confirmation"),
        help_text=_("What a visitor reads after sending the form, e.g. when to expect an answer."),
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("confirmation")]

    class Meta:
        verbose_name = _("contact page")

    @path("")
    def inquiry(self, request):
        form_class = import_string(INQUIRY_FORM)
        form = form_class(request.POST if request.method == "POST" else None, request=request)
        if form.is_bound and form.is_valid():
            form.send()
            return redirect(self.get_url(request) + self.reverse_subpage("sent"))
        # Apps above contact add their sections through the page_sections hook: group visits.
        context = {"form": form, "sections": page_sections(self, request)}
        response = self.render(request, context_overrides=context)
        add_never_cache_headers(response)
        return response

    @path("sent/", name="sent")
    def sent(self, request):
        return self.render(request, template="contact/contact_page_sent.html")
