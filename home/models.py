"""The home page: the one page that composes several content apps (pages, programmes, …)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.search import index

from akc_site.cache_tags import listing_tag, note
from home.blocks import HomeBandsBlock, band_order
from home.featured import FEATURED_PAGE_TYPE_NAMES, FEATURED_PAGE_TYPES, lead_item
from news.models import NewsIndexPage, NewsPage
from pages.listing import in_visitor_languages
from pages.models import BasePage, GreetingPage, PriorityIndexPage, children_tag, image_field, priorities_under
from pages.site_tree import child_pages_by_type, public_pages
from programmes.listing import note_exhibition_days, note_upcoming
from programmes.models import EventIndexPage, EventPage, ExhibitionPage, HallIndexPage, HallPage

HOME_EVENT_COUNT = 6
HOME_NEWS_COUNT = 3


class HomePage(BasePage):
    hero_statement = models.TextField(
        _("hero statement"),
        help_text=_("The Centre's mission in one or two sentences, shown large at the top of the home page."),
    )
    hero_image = image_field(_("hero image"))
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("featured page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An event, exhibition or news item shown with the hero statement at the top of the home page. "
            "While none is chosen, or the chosen page is unpublished, private, expired or over, the next "
            "upcoming event is shown instead; without an upcoming event, nothing is."
        ),
    )
    # One order for every language: deliberately not registered in home/translation.py.
    bands = StreamField(
        HomeBandsBlock(),
        verbose_name=_("bands"),
        blank=True,
        help_text=_(
            "The bands below the hero, in the order shown; each band at most once. Leave it empty for "
            "all of them in the standard order: greeting, priorities, events, news, halls."
        ),
    )

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
        MultiFieldPanel(
            [
                FieldPanel("hero_statement"),
                FieldPanel("hero_image"),
                PageChooserPanel("featured_page", page_type=FEATURED_PAGE_TYPE_NAMES),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("bands"),
        HelpPanel(
            content=_(
                "Each band shows what its section holds: the greeting excerpt comes from the greeting "
                "page, the priority cards from the strategic priorities, the events, news and halls "
                "from their own pages; edit them there. A band with nothing to show is left out."
            )
        ),
    ]

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        super().clean()
        if self.featured_page_id and not issubclass(self.featured_page.specific_class, FEATURED_PAGE_TYPES):
            raise ValidationError({"featured_page": _("Choose an event, an exhibition or a news item.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        note(children_tag(self.path))  # the sections the bands link to
        sections = child_pages_by_type(self, PriorityIndexPage, EventIndexPage, HallIndexPage, NewsIndexPage)
        shown = []
        for band in band_order(self.bands):
            content = BAND_CONTENT[band](self, sections, now)
            context.update(content)
            if content[BAND_SHOWN_IF[band]]:
                shown.append(BAND_TEMPLATES[band])
        context["bands"] = shown
        context["lead"] = lead_item(self, now, lambda: next_event(context, sections, now))
        return context


def next_event(context, sections, now):
    """The next upcoming event: the events band's first if it was shown, else one query."""
    if sections.get(EventIndexPage) is None:
        return None
    if "upcoming_events" in context:
        return next(iter(context["upcoming_events"]), None)
    note(listing_tag("events"))
    return next(iter(note_upcoming(EventPage.objects.upcoming(now)[:1])), None)


def greeting_band(home, sections, now):
    note(listing_tag("greetings"))
    return {"greeting": public_pages(GreetingPage.objects.descendant_of(home)).first()}


def priorities_band(home, sections, now):
    priority_index = sections.get(PriorityIndexPage)
    return {"priority_index": priority_index, "priorities": priorities_under(priority_index) if priority_index else []}


def events_band(home, sections, now):
    event_index = sections.get(EventIndexPage)
    note(listing_tag("events"))
    upcoming = note_upcoming(EventPage.objects.upcoming(now)[:HOME_EVENT_COUNT]) if event_index else []
    return {"event_index": event_index, "upcoming_events": upcoming}


def news_band(home, sections, now):
    return latest_news(sections.get(NewsIndexPage))


def halls_band(home, sections, now):
    hall_index = sections.get(HallIndexPage)
    return {"hall_index": hall_index, "halls": hall_highlights(hall_index, now) if hall_index else []}


# Each band: what it reads, the context entry that says it has something to show, its template.
BAND_CONTENT = {
    "greeting": greeting_band,
    "priorities": priorities_band,
    "events": events_band,
    "news": news_band,
    "halls": halls_band,
}
BAND_SHOWN_IF = {
    "greeting": "greeting",
    "priorities": "priorities",
    "events": "upcoming_events",
    "news": "latest_news",
    "halls": "halls",
}
BAND_TEMPLATES = {
    "greeting": "home/bands/greeting.html",
    "priorities": "home/bands/priorities.html",
    "events": "home/bands/events.html",
    "news": "news/sections/home_news.html",
    "halls": "home/bands/halls.html",
}


def latest_news(news_index):
    """The news listing and its three newest items, for the home page's news band."""
    if news_index is None:
        return {"news_index": None, "latest_news": []}
    note(listing_tag("news"))
    items = NewsPage.objects.descendant_of(news_index).for_cards().newest_first()[:HOME_NEWS_COUNT]
    return {"news_index": news_index, "latest_news": list(items)}


def hall_highlights(hall_index, now):
    """Each hall with its open state and current exhibitions: three queries for all the halls."""
    note(listing_tag("halls"), listing_tag("exhibitions"))
    today = timezone.localdate(now)
    exhibitions = in_visitor_languages(public_pages(ExhibitionPage.objects.descendant_of(hall_index)))
    # The ones not over, in the same query: the upcoming ones say when they join (their opening day).
    not_over = list(exhibitions.filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today)).order_by("opens_on"))
    current = [exhibition for exhibition in not_over if exhibition.opens_on <= today]
    note_exhibition_days(current, [exhibition for exhibition in not_over if exhibition.opens_on > today])
    halls = in_visitor_languages(public_pages(HallPage.objects.child_of(hall_index))).prefetch_related("exceptions")
    halls = halls.order_by("path")
    return [
        {
            "hall": hall,
            "open_state": hall.open_state_at(now),
            "exhibitions": [exhibition for exhibition in current if exhibition.path.startswith(hall.path)],
        }
        for hall in halls
    ]
