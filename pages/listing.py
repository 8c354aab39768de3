"""What every listing page shares: a GET filter form that drops what it cannot read, the year and
month filters, their words for the heading, and pagination in the database.

The event listing (programmes/listing.py) and the news listing (news/listing.py) build on it.
Unknown or malformed values are dropped, never fatal: `?month=13` lists without a month filter.
"""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.utils.dates import MONTHS
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import resolution_order

# Long values are cut before validation so a 2 kB parameter costs nothing.
MAX_PARAMETER_LENGTH = 100
ITEMS_PER_PAGE = 12


def unseen_translation_fields(model, language=None, prefix=""):
    """`model`'s translation fields in the languages a visitor in `language` never sees: all but that
    language and its fallbacks (English). Each translated field of a page is stored in ten languages,
    and building those values (StreamField JSON above all) is most of a card's cost."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    seen = set(resolution_order(language or get_language()))
    return [
        f"{prefix}{field.name}"
        for fields in options.all_fields.values()
        for field in fields
        if field.language not in seen
    ]


def in_visitor_languages(queryset, *related):
    """`queryset` (and the `select_related` relations named) without the columns of unseen languages.

    For card lists and filter choices only: a deferred field read later costs a query per instance,
    so a template must not show another language's value of these objects."""
    unseen = unseen_translation_fields(queryset.model)
    for name in related:
        model = queryset.model
        for part in name.split("__"):
            model = model._meta.get_field(part).related_model
        unseen += unseen_translation_fields(model, prefix=f"{name}__")
    return queryset.defer(*unseen)


class ListingFilterForm(forms.Form):
    """A listing's filters from the query string; subclasses add theirs and name their order."""

    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    month = forms.TypedChoiceField(
        label=_("Month"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("All months")), *((number, name) for number, name in MONTHS.items())],
    )

    def __init__(self, data):
        data = {key: data.get(key, "")[:MAX_PARAMETER_LENGTH] for key in self.base_fields if key in data}
        super().__init__(data)

    def valid_filters(self):
        """The cleaned value of every filter that was given and is valid; the rest are ignored."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


def year_month_words(filters):
    """The year and month filters in words: "December 2026", "2026년 12월", "December" or "2026"."""
    if "month" in filters:
        if "year" in filters:  # the language's own year-month order
            return [date_format(datetime.date(filters["year"], filters["month"], 1), "YEAR_MONTH_FORMAT")]
        return [str(MONTHS[filters["month"]])]
    if "year" in filters:
        return [str(filters["year"])]
    return []


def filter_by_year_month(items, filters, field_name):
    """Items whose `field_name` (a date or time, read in the site's time zone) is in the filtered year/month."""
    if "year" in filters:
        items = items.filter(**{f"{field_name}__year": filters["year"]})
    if "month" in filters:
        items = items.filter(**{f"{field_name}__month": filters["month"]})
    return items


def paginate(items, request, per_page=ITEMS_PER_PAGE):
    """(the requested page of `items`, its elided page numbers); a bad page number gives the first or last."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    return page, page.paginator.get_elided_page_range(page.number, on_each_side=2)
