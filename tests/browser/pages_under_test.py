"""One public URL of every page type, from the initial content, to visit in the browser."""

from akc_site.wagtail_hooks import WCAG_22_AA_TAGS as AXE_TAGS
from home.initial_content import read_content
from news.choices import NewsKind
from news.models import NewsPage
from programmes.models import EventPage, ExhibitionPage
from publications.models import PublicationPage

CONTENT_PAGES = read_content().pages
FIRST_EVENT = next(page.slug for page in CONTENT_PAGES if page.model is EventPage)
FIRST_PRESS_RELEASE = next(
    page.slug for page in CONTENT_PAGES if page.model is NewsPage and page.values.get("kind") == NewsKind.PRESS_RELEASE
)
FIRST_PUBLICATION = next(page.slug for page in CONTENT_PAGES if page.model is PublicationPage)
SEOUL_EXHIBITION = next(
    page.slug for page in CONTENT_PAGES if page.model is ExhibitionPage and page.parent == "/halls/seoul/"
)

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
    "news-index": "news/",
    "press-release": f"news/{FIRST_PRESS_RELEASE}/",
    "country-index": "asean/",
    "country": "asean/thailand/",
    "country-simplified-flag": "asean/cambodia/",
    "publication-index": "publications/",
    "publication": f"publications/{FIRST_PUBLICATION}/",
    "figures": "publications/figures/",
    "contact": "contact/",
    "search": "search/?q=ASEAN",
    "not-found": "no-such-page/",
}

__all__ = ["AXE_TAGS", "PAGE_TYPES"]
