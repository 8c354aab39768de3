"""An Atom feed of the newest news, with the listing's filters, in the language of its URL."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from news.listing import NewsFilterForm, describe_filters, filter_news

FEED_SIZE = 50


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page, filter_choices):
        super().__init__()
        self.index_page = index_page
        self.filter_choices = filter_choices

    def get_object(self, request, *args, **kwargs):
        self.request = request
        form = NewsFilterForm(request.GET, **self.filter_choices)
        self.filters = form.valid_filters()
        self.filter_words = describe_filters(self.filters, form)
        return self.index_page

    def title(self, index_page):
        title = f"{_('ASEAN-Korea Centre')}: {index_page.title}"
        return f"{title}: {', '.join(str(word) for word in self.filter_words)}" if self.filter_words else title

    def subtitle(self, index_page):
        return index_page.introduction

    def link(self, index_page):
        return index_page.get_url(self.request)

    def items(self, index_page):
        return filter_news(index_page.news(), self.filters).newest_first()[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.reference_number} {item.title}" if item.reference_number else item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_pubdate(self, item):
        return item.local_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [item.get_kind_display()]
