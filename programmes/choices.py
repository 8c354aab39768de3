"""The fixed vocabularies of events: category, status and registration."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventCategory(models.TextChoices):
    EXHIBITION = "exhibition", _("Exhibition")
    PERFORMANCE = "performance", _("Performance")
    FILM = "film", _("Film")
    EDUCATION = "education", _("Education")
    FORUM = "forum", _("Forum or seminar")
    BUSINESS = "business", _("Business and trade")
    YOUTH = "youth", _("Youth programme")
    OTHER = "other", _("Other")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationStatus(models.TextChoices):
    NOT_NEEDED = "not_needed", _("No registration needed")
    OPEN = "open", _("Registration open")
    CLOSED = "closed", _("Registration closed")
