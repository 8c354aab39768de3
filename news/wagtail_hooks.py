"""What the news adds to pages of other apps: a priority's latest news, an event's related news."""

from wagtail import hooks

from akc_site.cache_tags import listing_tag, note
from news.models import NewsIndexPage, NewsPage
from pages.models import PriorityPage
from pages.sections import HOOK_NAME, Section
from pages.site_tree import public_pages
from programmes.models import EventPage

LATEST_COUNT = 3


def news_index():
    return public_pages(NewsIndexPage.objects.all()).first()


@hooks.register(HOOK_NAME)
def priority_news(page, request):
    """The priority's three latest items, with a link to its filtered listing."""
    if not isinstance(page, PriorityPage):
        return None
    index_page = news_index()
    if index_page is None:
        return None
    note(listing_tag("news", "priority", page.pk))
    items = list(NewsPage.objects.filter(priority=page).for_cards().newest_first()[:LATEST_COUNT])
    return Section("news/sections/priority_news.html", {"news_index": index_page, "news_items": items}, order=20)


@hooks.register(HOOK_NAME)
def event_news(page, request):
    """The news items that name this event as related, newest first."""
    if not isinstance(page, EventPage):
        return None
    note(listing_tag("news", "event", page.pk))
    items = list(NewsPage.objects.filter(related_events=page).for_cards().newest_first()[:LATEST_COUNT])
    if not items:
        return None
    return Section("news/sections/event_news.html", {"news_items": items}, order=20)
