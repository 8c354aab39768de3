"""Registrations for an event that takes them on the site (EventPage.takes_registrations_on_site).

A registration is confirmed while the event has places (EventPage.registration_capacity), else it
waits; when a confirmed one is cancelled, the first in the waiting list moves up (registrations/
places.py). One e-mail address holds at most one registration of an event that is not cancelled.
Like everything a visitor sends, it is personal data (contact.models.PersonalData): it is deleted
90 days after the event has ended.
"""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contact.models import PersonalData
from countries.member_states import MEMBER_STATES
from programmes.opening_hours import CENTRE_TIME_ZONE

KOREA = "kr"
OTHER_NATIONALITY = "other"


def nationality_choices():
    return [
        *((state.code, state.name) for state in MEMBER_STATES),
        (KOREA, _("Republic of Korea")),
        (OTHER_NATIONALITY, _("Another country")),
    ]


def korea_time(moment):
    """A moment as the staff read it (the export): Korea time to the minute, or "" for none."""
    return timezone.localtime(moment, CENTRE_TIME_ZONE).strftime("%Y-%m-%d %H:%M") if moment else ""


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        """The waiting list, first come first served."""
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")


class Registration(PersonalData):
    event = models.ForeignKey(
        "programmes.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    nationality = models.CharField(_("nationality"), max_length=8, blank=True, choices=nationality_choices)
    dietary_needs = models.CharField(
        _("dietary needs"),
        max_length=300,
        blank=True,
        help_text=_("For example vegetarian, halal, or an allergy."),
    )
    access_needs = models.CharField(
        _("access needs"),
        max_length=300,
        blank=True,
        help_text=_("For example wheelchair access or sign language interpretation."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, default=RegistrationStatus.CONFIRMED
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False)

    objects = RegistrationQuerySet.as_manager()

    # Not in Wagtail's reference index: an event page's "Usage" would list its registrants' names and
    # addresses to everyone who may edit the page, Translators included.
    wagtail_reference_index_ignore = True

    purpose = _("To manage your place at the event and tell you about changes to it.")
    retention_days = 90
    retention_statement = _("Your registration is deleted 90 days after the event ends.")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One registration that counts per person and event, whatever the case of the address.
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=~models.Q(status="cancelled"),
                name="registrations_one_active_per_email_and_event",
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def retention_starts(self):
        """The day the event ends, in Korea time: the registration is needed until then."""
        return timezone.localtime(self.event.ends_at, CENTRE_TIME_ZONE).date()

    def received_in_korea_time(self):
        return korea_time(self.created_at)

    def cancelled_in_korea_time(self):
        return korea_time(self.cancelled_at)

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED

    @property
    def is_waiting(self):
        return self.status == RegistrationStatus.WAITING

    def cancel(self, now=None):
        self.status = RegistrationStatus.CANCELLED
        self.cancelled_at = now or timezone.now()
        self.save(update_fields=["status", "cancelled_at", "delete_after"])
