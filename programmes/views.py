"""Calendar files and feeds for event pages and the event listing.

Wagtail's page URLs allow no dots, so `…/calendar.ics` and `…/feed.atom` are routed here; the
page is found with Wagtail's own routing, so drafts, private pages and unknown paths are 404s.
"""

from django.http import Http404

from wagtail.models import Page

from pages.site_tree import restricted_paths
from programmes.calendar import event_calendar_response, listing_calendar_response
from programmes.feeds import UpcomingEventsFeed
from programmes.models import EventIndexPage, EventPage


def public_page_for(request, path):
    page = Page.find_for_request(request, path)
    if page is None or any(page.path.startswith(restricted) for restricted in restricted_paths()):
        raise Http404
    return page.specific


def calendar_file(request, path):
    page = public_page_for(request, path)
    if isinstance(page, EventPage):
        return event_calendar_response(page, request)
    if isinstance(page, EventIndexPage):
        return listing_calendar_response(page, request)
    raise Http404


def atom_feed(request, path):
    page = public_page_for(request, path)
    if not isinstance(page, EventIndexPage):
        raise Http404
    return UpcomingEventsFeed(page)(request)
