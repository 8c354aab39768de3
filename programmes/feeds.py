"""An Atom feed of upcoming events, in the language of the URL it was requested from.

Django's Feed labels the feed with the active language, which the URL prefix sets.
"""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from akc_site.cache_tags import listing_tag, note
from programmes.listing import note_upcoming

FEED_SIZE = 50


class UpcomingEventsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return f"{_('ASEAN-Korea Centre')}: {index_page.title}"

    def subtitle(self, index_page):
        return index_page.introduction

    def link(self, index_page):
        return index_page.get_url(self.request)

    def items(self, index_page):
        note(listing_tag("events"))
        return note_upcoming(index_page.events().filter(ends_at__gte=timezone.now()).order_by("starts_at")[:FEED_SIZE])

    def item_title(self, event):
        if event.is_cancelled:
            return _("Cancelled: %(title)s") % {"title": event.title}
        return event.title

    def item_description(self, event):
        return event.introduction

    def item_link(self, event):
        return event.get_url(self.request)

    def item_guid(self, event):
        return self.request.build_absolute_uri(event.get_url(self.request))

    def item_pubdate(self, event):
        return event.first_published_at

    def item_updateddate(self, event):
        return event.last_published_at
