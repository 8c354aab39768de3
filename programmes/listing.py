"""The event listing: filters from the query string, ordering, pagination and the heading.

Unknown or malformed filter values are dropped, never fatal: `?month=13` or `?priority=nonsense`
simply list events without that filter.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from countries.member_states import CHOICES as COUNTRY_CHOICES
from countries.member_states import member_state
from images.renditions import card_renditions
from programmes.choices import EventCategory

EVENTS_PER_PAGE = 12
PAST_EXHIBITION_COUNT = 6
ONLINE = "online"
# Long values are cut before validation so a 2 kB parameter costs nothing.
MAX_PARAMETER_LENGTH = 100


class EventFilterForm(forms.Form):
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
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    month = forms.TypedChoiceField(
        label=_("Month"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("All months")), *((number, name) for number, name in MONTHS.items())],
    )

    def __init__(self, data, priorities, halls):
        data = {key: data.get(key, "")[:MAX_PARAMETER_LENGTH] for key in self.base_fields if key in data}
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

    def valid_filters(self):
        """The cleaned value of every filter that was given and is valid; the rest are ignored."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


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
    if "year" in filters:
        events = events.filter(starts_at__year=filters["year"])
    if "month" in filters:
        events = events.filter(starts_at__month=filters["month"])
    return events


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
    if "month" in filters:
        if "year" in filters:  # "December 2026", "2026년 12월": the language's own year-month order
            words.append(date_format(datetime.date(filters["year"], filters["month"], 1), "YEAR_MONTH_FORMAT"))
        else:
            words.append(str(MONTHS[filters["month"]]))
    elif "year" in filters:
        words.append(str(filters["year"]))
    return words


def event_listing_context(index_page, request, priorities, halls):
    form = EventFilterForm(request.GET, priorities, halls)
    filters = form.valid_filters()
    events = filter_events(
        index_page.events().select_related("hall", "priority", "image").prefetch_related(card_renditions()),
        filters,
        timezone.now(),
    )
    page_of_events = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    active = {name: value for name, value in filters.items() if name != "when"}
    return {
        "filter_form": form,
        "filters": filters,
        "has_filters": bool(active),
        "is_past": filters.get("when") == "past",
        "filter_words": describe_filters(filters, form),
        "events": page_of_events,
        "page_numbers": page_of_events.paginator.get_elided_page_range(page_of_events.number, on_each_side=2),
        "feed_query": urlencode(active),
    }


def current_exhibitions(exhibitions, today):
    """The exhibitions open on `today`, chosen by the database (past ones only accumulate)."""
    return exhibitions.filter(opens_on__lte=today).filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today))


def split_exhibitions(exhibitions, today):
    """Current, upcoming and the latest past exhibitions: two queries and one for all their images.

    A hall's past exhibitions only accumulate, so its page lists the most recent few; the rest stay
    reachable through search and the sitemap.
    """
    not_over = list(exhibitions.filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today)).order_by("opens_on"))
    past = list(exhibitions.filter(closes_on__lt=today).order_by("-closes_on", "-opens_on")[:PAST_EXHIBITION_COUNT])
    prefetch_related_objects(not_over + past, card_renditions())
    return {
        "current_exhibitions": [exhibition for exhibition in not_over if exhibition.opens_on <= today],
        "upcoming_exhibitions": [exhibition for exhibition in not_over if exhibition.opens_on > today],
        "past_exhibitions": past,
    }
