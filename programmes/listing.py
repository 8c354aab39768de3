"""The event listing: filters from the query string, ordering, pagination and the heading.

Unknown or malformed filter values are dropped, never fatal: `?month=13` or `?priority=nonsense`
simply list events without that filter.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from akc_site.cache_tags import changes_at, listing_tag, note
from countries.member_states import CHOICES as COUNTRY_CHOICES
from countries.member_states import member_state
from images.renditions import CARD_IMAGE_FIELDS, card_image_renditions
from pages.listing import ListingFilterForm, filter_by_year_month, in_visitor_languages, paginate, year_month_words
from programmes.choices import EventCategory
from programmes.opening_hours import midnight_after

PAST_EXHIBITION_COUNT = 6
ONLINE = "online"


class EventFilterForm(ListingFilterForm):
    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("", _("Upcoming")), ("past", _("Past"))],
    )
    priority = forms.ChoiceField(label=_("Strategic priority"), required=False)
    hall = forms.ChoiceField(label=pgettext_lazy("event filter", "Venue"), required=False)
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("All categories")), *EventCategory.choices]
    )
    country = forms.ChoiceField(
        label=_("ASEAN Member State"), required=False, choices=[("", _("All Member States")), *COUNTRY_CHOICES]
    )

    field_order = ("when", "priority", "hall", "category", "country", "year", "month")

    def __init__(self, data, priorities, halls):
        super().__init__(data)
        self.priorities = {priority.slug: priority for priority in priorities}
        self.halls = {hall.slug: hall for hall in halls}
        self.fields["priority"].choices = [("", _("All priorities"))] + [
            (priority.slug, priority.short_name) for priority in priorities
        ]
        self.fields["hall"].choices = [
            ("", _("All venues")),
            *((hall.slug, hall.title) for hall in halls),
            (ONLINE, _("Online")),
        ]


def events_tag(filters, form):
    """The narrowest listing tag that every event able to join a list with these filters carries."""
    if filters.get("hall") == ONLINE:
        return listing_tag("events", ONLINE)
    if "hall" in filters:
        return listing_tag("events", "hall", form.halls[filters["hall"]].pk)
    if "priority" in filters:
        return listing_tag("events", "priority", form.priorities[filters["priority"]].pk)
    if "country" in filters:
        return listing_tag("events", "country", filters["country"])
    return listing_tag("events")


def note_upcoming(events):
    """An upcoming list changes when one of its events ends (the next one then joins)."""
    events = list(events)
    changes_at(*(event.ends_at for event in events))
    return events


def filter_events(events, filters, now):
    if filters.get("when") == "past":
        events = events.filter(ends_at__lt=now).order_by("-starts_at", "pk")
    else:
        events = events.filter(ends_at__gte=now).order_by("starts_at", "pk")
    if "priority" in filters:
        events = events.filter(priority__slug=filters["priority"])
    if filters.get("hall") == ONLINE:
        events = events.filter(is_online=True)
    elif "hall" in filters:
        events = events.filter(hall__slug=filters["hall"])
    if "category" in filters:
        events = events.filter(category=filters["category"])
    if "country" in filters:
        events = events.filter(countries__member_state=filters["country"])
    return filter_by_year_month(events, filters, "starts_at")


def describe_filters(filters, form):
    """Human words for the active filters, for the heading and the page title."""
    words = []
    if "priority" in filters:
        words.append(form.priorities[filters["priority"]].short_name)
    if "hall" in filters:
        words.append(_("Online") if filters["hall"] == ONLINE else form.halls[filters["hall"]].title)
    if "category" in filters:
        words.append(EventCategory(filters["category"]).label)
    if "country" in filters:
        words.append(str(member_state(filters["country"]).name))
    return words + year_month_words(filters)


def event_listing_context(index_page, request, priorities, halls):
    form = EventFilterForm(request.GET, priorities, halls)
    filters = form.valid_filters()
    events = filter_events(
        in_visitor_languages(
            index_page.events()
            .select_related("hall", "priority", *CARD_IMAGE_FIELDS)
            .prefetch_related(*card_image_renditions()),
            "hall",
            "priority",
            *CARD_IMAGE_FIELDS,
        ),
        filters,
        timezone.now(),
    )
    note(events_tag(filters, form), listing_tag("priorities"), listing_tag("halls"))
    page_of_events, page_numbers = paginate(events, request)
    if filters.get("when") == "past":
        note_past_joins(index_page.events(), filters)
    else:
        note_upcoming(page_of_events)
    active = {name: value for name, value in filters.items() if name != "when"}
    return {
        "filter_form": form,
        "filters": filters,
        "has_filters": bool(active),
        "is_past": filters.get("when") == "past",
        "filter_words": describe_filters(filters, form),
        "events": page_of_events,
        "page_numbers": page_numbers,
        "feed_query": urlencode(active),
    }


def note_past_joins(events, filters):
    """A past list changes when the next matching event ends: one query, on past lists only."""
    upcoming = filter_events(events, {**filters, "when": ""}, timezone.now())
    changes_at(upcoming.order_by("ends_at").values_list("ends_at", flat=True).first())


def note_exhibition_days(current=(), upcoming=()):
    """Exhibitions current by day change at midnight after a current one closes and when an upcoming one opens."""
    changes_at(*(midnight_after(exhibition.closes_on) for exhibition in current if exhibition.closes_on))
    changes_at(*(midnight_after(exhibition.opens_on) - datetime.timedelta(days=1) for exhibition in upcoming))


def split_exhibitions(exhibitions, today):
    """Current, upcoming and the latest past exhibitions: two queries and one for all their images.

    A hall's past exhibitions only accumulate, so its page lists the most recent few; the rest stay
    reachable through search and the sitemap.
    """
    not_over = list(exhibitions.filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today)).order_by("opens_on"))
    past = list(exhibitions.filter(closes_on__lt=today).order_by("-closes_on", "-opens_on")[:PAST_EXHIBITION_COUNT])
    prefetch_related_objects(not_over + past, *card_image_renditions())
    current = [exhibition for exhibition in not_over if exhibition.opens_on <= today]
    upcoming = [exhibition for exhibition in not_over if exhibition.opens_on > today]
    note_exhibition_days(current, upcoming)
    return {
        "current_exhibitions": current,
        "upcoming_exhibitions": upcoming,
        "past_exhibitions": past,
    }
