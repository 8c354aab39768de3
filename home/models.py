"""The home page: the one page that composes several content apps (pages, programmes, …)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.search import index

from news.models import NewsIndexPage, NewsPage
from pages.models import BasePage, GreetingPage, PriorityIndexPage, image_field, priorities_under
from pages.site_tree import child_pages_by_type, public_pages
from programmes.listing import current_exhibitions
from programmes.models import EventIndexPage, EventPage, ExhibitionPage, HallIndexPage, HallPage

HOME_EVENT_COUNT = 6
HOME_NEWS_COUNT = 3


class HomePage(BasePage):
    hero_statement = models.TextField(
        _("hero statement"),
        help_text=_("The Centre's mission in one or two sentences, shown large at the top of the home page."),
    )
    hero_image = image_field(_("hero image"))

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.StandardPage",
        "pages.PriorityIndexPage",
        "pages.GreetingPage",
        "programmes.EventIndexPage",
        "programmes.HallIndexPage",
        "news.NewsIndexPage",
        "countries.CountryIndexPage",
        "publications.PublicationIndexPage",
        "contact.ContactPage",
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("hero_statement")]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_statement"), FieldPanel("hero_image")], heading=_("Hero")),
        HelpPanel(
            content=_(
                "The greeting excerpt and the priority cards come from the greeting page and the "
                "strategic priorities; edit them there."
            )
        ),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = child_pages_by_type(self, PriorityIndexPage, EventIndexPage, HallIndexPage, NewsIndexPage)
        priority_index = sections.get(PriorityIndexPage)
        event_index = sections.get(EventIndexPage)
        hall_index = sections.get(HallIndexPage)
        now = timezone.now()
        context.update(
            {
                "greeting": public_pages(GreetingPage.objects.descendant_of(self)).first(),
                "priority_index": priority_index,
                "priorities": priorities_under(priority_index) if priority_index else [],
                "event_index": event_index,
                "upcoming_events": list(EventPage.objects.upcoming(now)[:HOME_EVENT_COUNT]) if event_index else [],
                "hall_index": hall_index,
                "halls": hall_highlights(hall_index, now) if hall_index else [],
            }
        )
        context.update(latest_news(sections.get(NewsIndexPage)))
        return context


def latest_news(news_index):
    """The news listing and its three newest items, for the home page's news band."""
    if news_index is None:
        return {"news_index": None, "latest_news": []}
    items = NewsPage.objects.descendant_of(news_index).for_cards().newest_first()[:HOME_NEWS_COUNT]
    return {"news_index": news_index, "latest_news": list(items)}


def hall_highlights(hall_index, now):
    """Each hall with its open state and current exhibitions: three queries for all the halls."""
    exhibitions = public_pages(ExhibitionPage.objects.descendant_of(hall_index))
    current = list(current_exhibitions(exhibitions, timezone.localdate(now)).order_by("opens_on"))
    halls = public_pages(HallPage.objects.child_of(hall_index)).prefetch_related("exceptions").order_by("path")
    return [
        {
            "hall": hall,
            "open_state": hall.open_state_at(now),
            "exhibitions": [exhibition for exhibition in current if exhibition.path.startswith(hall.path)],
        }
        for hall in halls
    ]
