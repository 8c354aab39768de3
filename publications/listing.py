"""The publications listing: filters by kind, year, language of a file and priority, and pagination.

As for events (programmes/listing.py), unknown or malformed values are dropped, never fatal. A page of
the listing costs the same few queries whatever the number of publications: the page of rows, their
files with their documents (one query), their covers' renditions (one query) and the priorities.
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model

from akc_site.languages import NATIVE_NAMES, SITE_LANGUAGES
from pages.listing import in_visitor_languages
from publications.choices import PublicationKind

PUBLICATIONS_PER_PAGE = 12
MAX_PARAMETER_LENGTH = 100
# The renditions a publication card shows: {% picture … format-{avif,webp,jpeg} max-240x340 %}.
COVER_FILTERS = [f"format-{image_format}|max-240x340" for image_format in ("avif", "webp", "jpeg")]


class PublicationFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *PublicationKind.choices])
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
    language = forms.ChoiceField(
        label=_("Language of the file"),
        required=False,
        choices=[("", _("All languages")), *((code, native) for code, _english, native in SITE_LANGUAGES)],
    )
    priority = forms.ChoiceField(label=_("Strategic priority"), required=False)

    def __init__(self, data, priorities):
        data = {key: data.get(key, "")[:MAX_PARAMETER_LENGTH] for key in self.base_fields if key in data}
        super().__init__(data)
        self.priorities = {priority.slug: priority for priority in priorities}
        self.fields["priority"].choices = [("", _("All priorities"))] + [
            (priority.slug, priority.short_name) for priority in priorities
        ]

    def valid_filters(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


def filter_publications(publications, filters):
    if "kind" in filters:
        publications = publications.filter(kind=filters["kind"])
    if "year" in filters:
        publications = publications.filter(year=filters["year"])
    if "language" in filters:  # one file per language: no duplicates
        publications = publications.filter(files__language=filters["language"])
    if "priority" in filters:
        publications = publications.filter(priorities__slug=filters["priority"])
    return publications.order_by("-year", "-first_published_at", "pk")


def describe_filters(filters, form):
    words = []
    if "kind" in filters:
        words.append(PublicationKind(filters["kind"]).label)
    if "language" in filters:
        words.append(NATIVE_NAMES[filters["language"]])
    if "priority" in filters:
        words.append(form.priorities[filters["priority"]].short_name)
    if "year" in filters:
        words.append(str(filters["year"]))
    return words


def cover_renditions():
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=COVER_FILTERS)
    return Prefetch("cover_image__renditions", queryset=renditions)


def with_files_and_covers(publications, file_model):
    files = file_model.objects.select_related("document").order_by("sort_order", "pk")
    return in_visitor_languages(publications.select_related("cover_image"), "cover_image").prefetch_related(
        Prefetch("files", queryset=files), cover_renditions()
    )


def publication_listing_context(publications, request, priorities):
    form = PublicationFilterForm(request.GET, priorities)
    filters = form.valid_filters()
    file_model = publications.model._meta.get_field("files").related_model
    rows = with_files_and_covers(filter_publications(publications, filters), file_model)
    page_of_rows = Paginator(rows, PUBLICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "filters": filters,
        "has_filters": bool(filters),
        "filter_words": describe_filters(filters, form),
        "publications": page_of_rows,
        "page_numbers": page_of_rows.paginator.get_elided_page_range(page_of_rows.number, on_each_side=2),
        "filter_query": urlencode(filters),
    }
