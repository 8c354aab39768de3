"""The bands of the home page: which appear, and in what order, as one StreamField for every language.

A band carries no fields: its heading is the title of the section page it shows (the greeting, the
priorities, the halls, the news listing), already translated there, or a translated UI string for
the upcoming events.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

# Today's order, shown while the editors have chosen none (an empty field).
DEFAULT_BAND_ORDER = ("greeting", "priorities", "events", "news", "halls")


def band(label, text, icon):
    return blocks.StaticBlock(label=label, admin_text=text, description=text, icon=icon)


class HomeBandsBlock(blocks.StreamBlock):
    greeting = band(
        _("Greeting excerpt"),
        _("The current greeting's lead statement and signatory, with a link to the full greeting."),
        "openquote",
    )
    priorities = band(
        _("Strategic priorities"),
        _("A card for each strategic priority, under the title of the priorities page."),
        "list-ul",
    )
    events = band(_("Upcoming events"), _("The next six events, soonest first, with a link to all events."), "date")
    news = band(_("Latest news"), _("The three newest news items, under the title of the news listing."), "doc-full")
    halls = band(_("ASEAN Halls"), _("Each hall with whether it is open now and its current exhibitions."), "home")

    class Meta:
        block_counts = {name: {"max_num": 1} for name in DEFAULT_BAND_ORDER}
        required = False


def band_order(bands):
    """The band names in the editors' order, or today's order when they have chosen none."""
    chosen = [chosen_band.block_type for chosen_band in bands or ()]
    return tuple(dict.fromkeys(chosen)) if chosen else DEFAULT_BAND_ORDER
