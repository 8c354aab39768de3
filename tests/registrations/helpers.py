"""What the registration tests share: an event taking registrations on the site, and valid form data."""

import datetime
import time
from unittest import mock

from django.utils import timezone

from contact import guards
from programmes.choices import RegistrationStatus as EventRegistration


def stamp_from(seconds_ago):
    issued = time.time() - seconds_ago
    with mock.patch("time.time", return_value=issued):
        return guards.new_stamp()


def form_data(**changes):
    values = {
        "name": "Siti Rahman",
        "email": "siti@example.org",
        "consent": "on",
        "started": stamp_from(60),
        "homepage": "",
    }
    values.update(changes)
    return values


def registration_fields(**fields):
    """An event's fields for taking registrations on the site, starting in ten days."""
    starts = fields.get("starts_at") or timezone.now() + datetime.timedelta(days=10)
    values = {
        "starts_at": starts,
        "ends_at": starts + datetime.timedelta(hours=2),
        "registration_status": EventRegistration.OPEN,
        "registration_deadline": starts - datetime.timedelta(days=1),
    }
    values.update(fields)
    return values
