"""What the programmes contribute to other pages: the home page and each strategic priority."""

from django.utils import timezone

from pages.site_tree import public_pages

HOME_EVENT_COUNT = 6
PRIORITY_EVENT_COUNT = 4


def upcoming_events():
    from programmes.models import EventPage, card_renditions

    return (
        public_pages(EventPage.objects.filter(ends_at__gte=timezone.now()))
        .select_related("hall", "image")
        .prefetch_related(card_renditions())
        .order_by("starts_at", "pk")
    )


def programme_highlights(event_index, hall_index):
    """The next events, and each hall with its open state and current exhibitions, for the home page."""
    from programmes.listing import current_exhibitions
    from programmes.models import ExhibitionPage, HallPage

    now = timezone.now()
    halls = []
    if hall_index is not None:
        exhibitions = public_pages(ExhibitionPage.objects.descendant_of(hall_index))
        current = list(current_exhibitions(exhibitions, timezone.localdate(now)).order_by("opens_on"))
        hall_pages = public_pages(HallPage.objects.child_of(hall_index)).prefetch_related("exceptions")
        for hall in hall_pages.order_by("path"):
            shown = [exhibition for exhibition in current if exhibition.path.startswith(hall.path)]
            halls.append({"hall": hall, "open_state": hall.open_state_at(now), "exhibitions": shown})
    return {
        "upcoming_events": list(upcoming_events()[:HOME_EVENT_COUNT]) if event_index else [],
        "event_index": event_index,
        "hall_index": hall_index,
        "halls": halls,
    }


def priority_events(priority):
    """The priority's next events, with links to its filtered listing and calendar feed."""
    from programmes.models import EventIndexPage

    event_index = public_pages(EventIndexPage.objects.all()).first()
    return {
        "priority_upcoming_events": list(upcoming_events().filter(priority=priority)[:PRIORITY_EVENT_COUNT]),
        "event_index": event_index,
    }
