"""What the programmes add to pages of other apps: a strategic priority's upcoming events."""

from wagtail import hooks

from pages.models import PriorityPage
from pages.sections import HOOK_NAME, Section
from pages.site_tree import public_pages
from programmes.models import EventIndexPage

PRIORITY_EVENT_COUNT = 4


@hooks.register(HOOK_NAME)
def priority_events(page, request):
    """The priority's next events, with links to its filtered listing and calendar feed."""
    if not isinstance(page, PriorityPage):
        return None
    event_index = public_pages(EventIndexPage.objects.all()).first()
    if event_index is None:
        return None
    return Section(
        "programmes/sections/priority_events.html",
        {"event_index": event_index, "events": list(page.events.upcoming()[:PRIORITY_EVENT_COUNT])},
        order=10,
    )
