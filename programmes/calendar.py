"""iCalendar (RFC 5545) files: one event, or a listing with its filters as a subscription feed."""

import datetime

import icalendar

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from akc_site.cache_tags import changes_at, note
from programmes.choices import EventStatus
from programmes.listing import EventFilterForm, events_tag, filter_events, note_past_joins

PRODUCT_ID = "-//ASEAN-Korea Centre//Events//EN"
FEED_LIMIT = 500
# A subscription keeps recent events too, so calendar apps do not drop them the moment they end.
FEED_KEEPS_PAST = datetime.timedelta(days=180)
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event, request):
    # Stable across edits, languages and renames: the page id and the site's host.
    return f"event-{event.pk}@{request.get_host().split(':')[0]}"


def event_component(event, request):
    component = icalendar.Event()
    component.add("uid", event_uid(event, request))
    component.add("dtstamp", timezone.now())
    component.add("last-modified", event.last_published_at or event.latest_revision_created_at or timezone.now())
    if event.is_all_day:
        component.add("dtstart", event.local_start.date())
        component.add("dtend", event.local_end.date() + datetime.timedelta(days=1))  # DTEND is exclusive
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    summary = event.title
    if event.is_cancelled:
        summary = _("Cancelled: %(title)s") % {"title": event.title}
    component.add("summary", summary)
    component.add("description", event.introduction)
    component.add("status", ICAL_STATUS[event.status])
    component.add("url", request.build_absolute_uri(event.get_url(request)))
    if event.location_text:
        component.add("location", event.location_text)
    if event.category:
        component.add("categories", [str(event.get_category_display())])
    return component


def calendar_for(events, request, name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar escapes line breaks in the properties it knows as text (SUMMARY, LOCATION…) but writes
    # an X- property as it is, where a line break in a title broke the file: the name is one line
    # of RFC 5545 text.
    calendar.add("x-wr-calname", icalendar.vText(" ".join(name.split())))
    calendar.add("x-wr-timezone", "Asia/Seoul")
    for event in events:
        calendar.add_component(event_component(event, request))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = get_language()
    return response


def event_calendar_response(event, request):
    calendar = calendar_for([event], request, event.title)
    return calendar_response(calendar, f"{event.slug}.ics")


def listing_calendar_response(index_page, request, priorities, halls):
    form = EventFilterForm(request.GET, priorities, halls)
    filters = form.valid_filters()
    since = timezone.now() if filters.get("when") == "past" else timezone.now() - FEED_KEEPS_PAST
    events = list(filter_events(index_page.events().select_related("hall"), filters, since)[:FEED_LIMIT])
    note(events_tag(filters, form))
    if filters.get("when") == "past":
        note_past_joins(index_page.events(), filters)
    else:  # an event leaves the subscription once it ended FEED_KEEPS_PAST ago
        changes_at(*(event.ends_at + FEED_KEEPS_PAST for event in events))
    name = f"{_('ASEAN-Korea Centre')}: {index_page.title}"
    return calendar_response(calendar_for(events, request, name), "aseankorea-events.ics")
