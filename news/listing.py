"""The news listing: filters by kind, priority, year and month (pages/listing.py), newest first with
pinned notices on top, 12 a page."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from akc_site.cache_tags import changes_at
from news.choices import NewsKind
from pages.listing import ListingFilterForm, filter_by_year_month, paginate, year_month_words
from programmes.opening_hours import midnight_after


class NewsFilterForm(ListingFilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *NewsKind.choices])
    priority = forms.ChoiceField(label=_("Strategic priority"), required=False)

    field_order = ("kind", "priority", "year", "month")

    def __init__(self, data, priorities):
        super().__init__(data)
        self.priorities = {priority.slug: priority for priority in priorities}
        self.fields["priority"].choices = [("", _("All priorities"))] + [
            (priority.slug, priority.short_name) for priority in priorities
        ]


def filter_news(items, filters):
    if "kind" in filters:
        items = items.filter(kind=filters["kind"])
    if "priority" in filters:
        items = items.filter(priority__slug=filters["priority"])
    return filter_by_year_month(items, filters, "published_at")


def describe_filters(filters, form):
    """Human words for the active filters, for the heading and the page title."""
    words = []
    if "kind" in filters:
        words.append(NewsKind(filters["kind"]).label)
    if "priority" in filters:
        words.append(form.priorities[filters["priority"]].short_name)
    return words + year_month_words(filters)


def filtered_news(index_page, data, priorities):
    """(the form, its valid filters, the matching news, pinned notices first)."""
    form = NewsFilterForm(data, priorities)
    filters = form.valid_filters()
    return form, filters, filter_news(index_page.news(), filters).pinned_first()


def news_listing_context(index_page, request, priorities):
    form, filters, items = filtered_news(index_page, request.GET, priorities)
    page_of_news, page_numbers = paginate(items, request)
    # A pinned notice drops to its place the day after `pinned_until` (pinned ones come first).
    changes_at(*(midnight_after(item.pinned_until) for item in page_of_news if getattr(item, "is_pinned", False)))
    return {
        "filter_form": form,
        "filters": filters,
        "has_filters": bool(filters),
        "filter_words": describe_filters(filters, form),
        "news_items": page_of_news,
        "page_numbers": page_numbers,
        "feed_query": urlencode(filters),
    }
