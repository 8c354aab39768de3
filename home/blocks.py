"""The bands of the home page: which appear, and in what order, as one StreamField for every language.

A band carries no fields: its heading is the title of the section page it shows (the greeting, the
priorities, the halls, the news listing), already translated there, or a translated UI string for
the upcoming events.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

# Today's order, shown while the editors have chosen none (an empty field).
DEFAULT_BAND_ORDER = ("greeting", "priorities", "events", "news", "halls")


class HomeBandsBlock(blocks.StreamBlock):
    greeting = blocks.StaticBlock(
        label=_("Greeting excerpt"),
        admin_text=_("The lead of the current greeting, with a link to the full greeting."),
        description=_("The current greeting's lead and signatory."),
        icon="openquote",
    )
    priorities = blocks.StaticBlock(
        label=_("Strategic priorities"),
        admin_text=_("A card for each strategic priority, under the title of the priorities page."),
        description=_("A card for each strategic priority."),
        icon="list-ul",
    )
    events = blocks.StaticBlock(
        label=_("Upcoming events"),
        admin_text=_("The next six events, soonest first, with a link to all events."),
        description=_("The next six events."),
        icon="date",
    )
    news = blocks.StaticBlock(
        label=_("Latest news"),
        admin_text=_("The three newest news items, under the title of the news listing."),
        description=_("The three newest news items."),
        icon="doc-full",
    )
    halls = blocks.StaticBlock(
        label=_("ASEAN Halls"),
        admin_text=_("Each hall with whether it is open now and its current exhibitions."),
        description=_("The halls, their opening state and current exhibitions."),
        icon="home",
    )

    class Meta:
        block_counts = {name: {"max_num": 1} for name in DEFAULT_BAND_ORDER}
        required = False


def band_order(bands):
    """The band names in the editors' order, or today's order when they have chosen none."""
    chosen = [band.block_type for band in bands or ()]
    return tuple(dict.fromkeys(chosen)) if chosen else DEFAULT_BAND_ORDER
