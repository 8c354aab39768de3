"""Builds the programmes' starting content: the two ASEAN Halls, their exhibitions and sample events.

Dates are relative to the day the build runs, so a fresh site always has upcoming and past
events. Sample events carry the tag "sample" so staff can find and delete them.
"""

import datetime

from django.utils import timezone

from home.initial_content import programmes as content
from home.initial_content.builder import InitialContentBuilder, raw_stream, set_translations
from home.models import HomePage
from pages.fallback import translated_field_names
from pages.models import PriorityPage
from programmes.models import EventIndexPage, EventPage, ExhibitionPage, HallIndexPage, HallPage
from programmes.opening_hours import CENTRE_TIME_ZONE

SAMPLE_TAG = "sample"


def at(day, time_text):
    hours, minutes = (int(part) for part in time_text.split(":"))
    return datetime.datetime.combine(day, datetime.time(hours, minutes), CENTRE_TIME_ZONE)


def event_times(spec, today):
    first_day = today + datetime.timedelta(days=spec["starts_in_days"])
    last_day = today + datetime.timedelta(
        days=spec["end_in_days"] if spec.get("end_in_days") is not None else spec["starts_in_days"]
    )
    if spec["all_day"]:
        return at(first_day, "00:00"), datetime.datetime.combine(last_day, datetime.time(23, 59, 59), CENTRE_TIME_ZONE)
    return at(first_day, spec["start_time"]), at(last_day, spec["end_time"])


class ProgrammesContentBuilder(InitialContentBuilder):
    def build(self):
        with self.transaction():
            home = HomePage.objects.get()
            self.today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
            event_index = self.child(home, EventIndexPage, content.EVENT_INDEX)
            hall_index = self.child(home, HallIndexPage, content.HALL_INDEX)
            halls = {spec["slug"]: self.hall(hall_index, spec) for spec in content.HALLS}
            priorities = {page.slug: page for page in PriorityPage.objects.all()}
            for spec in content.EVENTS:
                self.event(event_index, spec, halls, priorities)
        return self.created

    def hall(self, hall_index, spec):
        hall = self.child(
            hall_index,
            HallPage,
            spec,
            text_fields=("address", "directions", "admission", "accessibility"),
            stream_fields=[("description", raw_stream)],
            extra={
                "latitude": spec["latitude"],
                "longitude": spec["longitude"],
                "contact_email": spec["contact_email"],
                "contact_phone": spec["contact_phone"],
                "closed_on_public_holidays": spec["closed_on_public_holidays"],
                "weekly_hours": [
                    {"type": "interval", "value": {"weekday": day, "opens": opens, "closes": closes}}
                    for day, opens, closes in spec["weekly_hours"]
                ],
            },
        )
        for exhibition in spec["exhibitions"]:
            self.exhibition(hall, exhibition)
        return hall

    def exhibition(self, hall, spec):
        closes_in_days = spec["closes_in_days"]
        return self.child(
            hall,
            ExhibitionPage,
            spec,
            text_fields=("summary", "curator", "partners"),
            stream_fields=[("body", raw_stream)],
            extra={
                "opens_on": self.today + datetime.timedelta(days=spec["opens_in_days"]),
                "closes_on": None if closes_in_days is None else self.today + datetime.timedelta(days=closes_in_days),
            },
            in_menu=False,
        )

    def event(self, event_index, spec, halls, priorities):
        starts_at, ends_at = event_times(spec, self.today)
        deadline_days = spec.get("registration_deadline_in_days")
        event = EventPage(
            starts_at=starts_at,
            ends_at=ends_at,
            is_all_day=spec["all_day"],
            status=spec["status"],
            hall=halls.get(spec["hall"]) if spec["hall"] else None,
            is_online=spec["is_online"],
            online_url=spec["online_url"],
            priority=priorities.get(spec["priority"]),
            category=spec["category"],
            is_free=spec["is_free"],
            contact_email=spec["contact_email"],
            contact_phone=spec["contact_phone"],
            registration_status=spec["registration_status"],
            registration_url=spec["registration_url"],
            registration_deadline=None
            if deadline_days is None
            else at(self.today + datetime.timedelta(days=deadline_days), "18:00"),
            show_in_menus=False,
        )
        for name in translated_field_names(EventPage):
            if isinstance(spec.get(name), dict) and name != "body":
                set_translations(event, name, spec[name])
        event.tags.add(SAMPLE_TAG)
        return self.child(event_index, EventPage, spec, stream_fields=[("body", raw_stream)], instance=event)
