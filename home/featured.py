"""The home page's lead item: the page the editors feature while visitors may see it, else the next event."""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import prefetch_related_objects
from django.utils import timezone

from wagtail.models import Page

from akc_site.cache_tags import changes_at
from images.renditions import card_renditions
from news.models import NewsPage
from pages.site_tree import is_restricted
from programmes.models import EventPage, ExhibitionPage
from programmes.opening_hours import CENTRE_TIME_ZONE, midnight_after

# The types an editor may feature, each with the image its lead shows (the one its card shows).
LEAD_IMAGE_FIELDS = {EventPage: "image", ExhibitionPage: "image", NewsPage: "listing_image"}
LEAD_KINDS = {EventPage: "event", ExhibitionPage: "exhibition", NewsPage: "news"}
FEATURED_PAGE_TYPES = tuple(LEAD_IMAGE_FIELDS)
FEATURED_PAGE_TYPE_NAMES = [model._meta.label_lower for model in FEATURED_PAGE_TYPES]


@dataclass(frozen=True)
class LeadItem:
    page: Page
    kind: str  # "event", "exhibition" or "news": which dates the template shows
    image: object = None


def lead_item(home, now, next_event):
    """The featured page if it may be shown now, else `next_event()` (the next upcoming event or None)."""
    featured = featured_page_of(home.featured_page_id) if home.featured_page_id else None
    if featured is not None and may_be_shown(featured, home, now):
        return as_lead(featured, prefetch=True)
    event = next_event()
    return as_lead(event, prefetch=False) if event is not None else None


def featured_page_of(page_id):
    """The page as its own type, with its image and an event's hall, in one query: the page row is
    joined to the table of each type that may be featured. None for a page of another type."""
    accessors = {model: model._meta.pk.remote_field.get_accessor_name() for model in FEATURED_PAGE_TYPES}
    related = [f"{accessors[model]}__{field}" for model, field in LEAD_IMAGE_FIELDS.items()]
    related.append(f"{accessors[EventPage]}__hall")
    page = Page.objects.select_related(*related).filter(pk=page_id).first()
    for accessor in accessors.values() if page is not None else ():
        try:
            return getattr(page, accessor)  # joined already: no query, even when the row is missing
        except ObjectDoesNotExist:
            continue
    return None


def may_be_shown(page, home, now):
    """Published, public, not expired, on this site, and not over (an event ended, an exhibition closed)."""
    if not page.live or page.expired or not page.path.startswith(home.path) or is_restricted(page):
        return False
    # The lead changes when the featured page is over: the next event takes its place.
    if isinstance(page, EventPage):
        changes_at(page.ends_at)
        return page.ends_at >= now
    if isinstance(page, ExhibitionPage):
        changes_at(midnight_after(page.closes_on) if page.closes_on else None)
        return page.closes_on is None or page.closes_on >= timezone.localdate(now, CENTRE_TIME_ZONE)
    return True


def as_lead(page, prefetch):
    field = LEAD_IMAGE_FIELDS[type(page)]
    image = getattr(page, field)
    if image is not None and prefetch:
        prefetch_related_objects([page], card_renditions(field))  # the lead's renditions, in one query
    return LeadItem(page=page, kind=LEAD_KINDS[type(page)], image=image)
