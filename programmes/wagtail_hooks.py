"""What the programmes add to pages of other apps: a priority's and a Member State's events and exhibitions."""

from wagtail import hooks

from akc_site.cache_tags import listing_tag, note
from countries.models import CountryPage
from images.renditions import CARD_IMAGE_FIELDS, card_image_renditions
from pages.models import PriorityPage
from pages.sections import HOOK_NAME, Section
from pages.site_tree import public_pages
from programmes.listing import note_upcoming
from programmes.models import EventIndexPage

PRIORITY_EVENT_COUNT = 4
COUNTRY_EVENT_COUNT = 6
COUNTRY_EXHIBITION_COUNT = 6


@hooks.register(HOOK_NAME)
def priority_events(page, request):
    """The priority's next events, with links to its filtered listing and calendar feed."""
    if not isinstance(page, PriorityPage):
        return None
    event_index = public_pages(EventIndexPage.objects.all()).first()
    if event_index is None:
        return None
    note(listing_tag("events", "priority", page.pk))
    return Section(
        "programmes/sections/priority_events.html",
        {"event_index": event_index, "events": note_upcoming(page.events.upcoming()[:PRIORITY_EVENT_COUNT])},
        order=10,
    )


@hooks.register(HOOK_NAME)
def country_programmes(page, request):
    """A Member State's next events and its latest exhibitions, with a link to its filtered listing."""
    if not isinstance(page, CountryPage):
        return None
    note(listing_tag("events", "country", page.member_state), listing_tag("exhibitions", "country", page.member_state))
    exhibitions = public_pages(page.exhibitions.all()).select_related(*CARD_IMAGE_FIELDS).order_by("-opens_on", "pk")
    return Section(
        "programmes/sections/country_programmes.html",
        {
            "event_index": public_pages(EventIndexPage.objects.all()).first(),
            "events": note_upcoming(page.events.upcoming()[:COUNTRY_EVENT_COUNT]),
            "exhibitions": list(exhibitions.prefetch_related(*card_image_renditions())[:COUNTRY_EXHIBITION_COUNT]),
        },
        order=10,
    )
