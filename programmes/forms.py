"""The event's admin form: editors type its times in the venue's time zone, not the admin's."""

import datetime

from django import forms
from django.utils import timezone

from pages.forms import BasePageForm
from programmes.opening_hours import CENTRE_TIME_ZONE
from programmes.time_zones import known_time_zones, time_zone_choices, zone_named

# The event's moments an editor types; Django's widgets read and show them in the admin's time zone.
LOCAL_TIME_FIELDS = ("starts_at", "ends_at", "registration_deadline")


def as_typed_in_admin(moment, zone):
    """The admin's widgets show a moment's wall-clock time in the admin's zone: give them the moment
    whose wall-clock time there is the venue's wall-clock time."""
    return timezone.make_aware(timezone.make_naive(moment, zone), timezone.get_current_timezone())


def reinterpreted_in(moment, zone):
    """The moment an editor meant: the wall-clock time typed (read in the admin's zone), in `zone`."""
    return timezone.make_aware(timezone.make_naive(moment), zone)


class EventPageForm(BasePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "time_zone" in self.fields:
            # Built here, not at import: the labels are in the editor's language.
            self.fields["time_zone"].widget = forms.Select(choices=time_zone_choices())
        zone = self.instance.venue_time_zone
        for name in LOCAL_TIME_FIELDS:
            moment = self.initial.get(name)
            if isinstance(moment, datetime.datetime) and timezone.is_aware(moment):
                self.initial[name] = as_typed_in_admin(moment, zone)

    def submitted_zone(self, cleaned_data):
        """The zone the times were typed in, or None when the time zone given is unknown (the model's
        validation says so). An ASEAN Hall is in Korea time (the model's validation says so too)."""
        if cleaned_data.get("hall") is not None:
            return CENTRE_TIME_ZONE
        name = cleaned_data.get("time_zone")
        return zone_named(name) if name in known_time_zones() else None

    def clean(self):
        cleaned_data = super().clean()
        zone = self.submitted_zone(cleaned_data)
        if zone is not None:
            for name in LOCAL_TIME_FIELDS:
                if cleaned_data.get(name) is not None:
                    cleaned_data[name] = reinterpreted_in(cleaned_data[name], zone)
        return cleaned_data
