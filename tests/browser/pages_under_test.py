"""One public URL of every page type, from the initial content, to visit in the browser."""

from akc_site.wagtail_hooks import WCAG_22_AA_TAGS as AXE_TAGS
from home.initial_content import programmes as programmes_content

FIRST_EVENT = programmes_content.EVENTS[0]["slug"]
SEOUL_EXHIBITION = programmes_content.HALLS[0]["exhibitions"][0]["slug"]

PAGE_TYPES = {
    "home": "",
    "standard": "about/",
    "greeting": "about/greetings/",
    "accessibility-statement": "about/accessibility/",
    "priority-index": "priorities/",
    "priority": "priorities/economy/",
    "event-index": "events/",
    "event": f"events/{FIRST_EVENT}/",
    "hall-index": "halls/",
    "hall": "halls/seoul/",
    "exhibition": f"halls/seoul/{SEOUL_EXHIBITION}/",
    "search": "search/?q=ASEAN",
    "not-found": "no-such-page/",
}

__all__ = ["AXE_TAGS", "PAGE_TYPES"]
