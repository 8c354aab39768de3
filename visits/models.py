"""A group's request to visit an ASEAN Hall, and the staff's answer to it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from akc_site.languages import SITE_LANGUAGES
from contact.models import PersonalData

# A guard against typing mistakes, not a hall policy: the halls team hears of larger groups by e-mail.
MAX_GROUP_SIZE = 300

# Each language under its own name, as the language switcher shows them.
GUIDE_LANGUAGES = [(code, native) for code, _english, native in SITE_LANGUAGES]


class AgeGroup(models.TextChoices):
    CHILDREN = "children", _("Children")
    SCHOOL_PUPILS = "school_pupils", _("School pupils")
    UNIVERSITY_STUDENTS = "university_students", _("University students")
    ADULTS = "adults", _("Adults")
    SENIORS = "seniors", _("Seniors")
    MIXED = "mixed", _("Mixed ages")


class VisitStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Declined")


class VisitRequest(PersonalData):
    hall = models.ForeignKey(
        "programmes.HallPage", on_delete=models.CASCADE, related_name="visit_requests", verbose_name=_("hall")
    )
    visit_date = models.DateField(_("date of the visit"), db_index=True)
    arrival_time = models.TimeField(_("arrival time"), help_text=_("Korea time."))
    group_size = models.PositiveSmallIntegerField(
        _("number of people"), validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)]
    )
    age_group = models.CharField(_("age group"), max_length=24, choices=AgeGroup.choices)
    guide_language = models.CharField(_("language of the guide"), max_length=12, choices=GUIDE_LANGUAGES)
    organisation = models.CharField(_("school or organisation"), max_length=200)
    contact_name = models.CharField(_("your name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    telephone = models.CharField(_("telephone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=VisitStatus.choices, default=VisitStatus.REQUESTED, db_index=True
    )
    staff_note = models.TextField(
        _("note to the requester"),
        blank=True,
        help_text=_("Sent to the requester in the e-mail that confirms or declines the visit."),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)

    purpose = _("To arrange your group's visit to the hall and contact you about it.")
    retention_statement = _("Your request is deleted one year after the day of the visit.")
    retention_days = 365

    class Meta:
        verbose_name = _("hall group visit")
        verbose_name_plural = _("hall group visits")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation} · {self.hall} · {self.visit_date:%Y-%m-%d}"

    def retention_starts(self):
        return self.visit_date

    @property
    def is_decided(self):
        return self.status != VisitStatus.REQUESTED
