"""The Centre's publications: reports, work programmes, research, brochures and statistics, with a file
per language, and the listing at /<lang>/publications/.

Files are Wagtail documents, served by Wagtail's document view (WAGTAILDOCS_SERVE_METHOD), which
checks the privacy of the pages and collections they belong to; what may be uploaded is checked by
akc_site/documents.py.
"""

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from akc_site.cache_tags import listing_tag, note
from akc_site.languages import NATIVE_NAMES, SITE_LANGUAGES
from countries.models import CountryPage
from pages.models import BasePage, PriorityPage, children_tag, image_field
from pages.site_tree import public_pages
from programmes.models import EventPage
from publications.blocks import FiguresBodyBlock, PublicationBodyBlock
from publications.choices import SCHEMA_TYPES, PublicationKind
from publications.isbn import normalise_isbn, validate_isbn
from publications.listing import PublicationFilterForm, publication_listing_context

LANGUAGE_CHOICES = [(code, native) for code, _english, native in SITE_LANGUAGES]


class PublicationIndexPage(BasePage):
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage", "publications.FiguresPage"]
    cache_query_parameters = (*PublicationFilterForm.base_fields, "page")

    class Meta:
        verbose_name = _("publications listing")

    def publications(self):
        note(listing_tag("publications"))
        return public_pages(PublicationPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        note(listing_tag("priorities"), children_tag(self.path))  # the filter's priorities; the figures pages
        priorities = list(public_pages(PriorityPage.objects.order_by("path")))
        context.update(publication_listing_context(self.publications(), request, priorities))
        context["figures_pages"] = list(public_pages(FiguresPage.objects.child_of(self)).order_by("path"))
        return context


class PublicationPage(BasePage):
    kind = models.CharField(_("kind"), max_length=20, choices=PublicationKind.choices, default=PublicationKind.OTHER)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)], help_text=_("Year of publication.")
    )
    authors = models.CharField(
        _("authors or issuing unit"), max_length=255, blank=True, help_text=_("e.g. the Centre's Research Unit.")
    )
    isbn = models.CharField(
        "ISBN", max_length=20, blank=True, validators=[validate_isbn], help_text=_("ISBN-10 or ISBN-13, if it has one.")
    )
    cover_image = image_field(_("cover"))
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings and search engines."))
    body = StreamField(PublicationBodyBlock(), verbose_name=_("body"), blank=True)
    priorities = ParentalManyToManyField(
        PriorityPage, verbose_name=_("strategic priorities"), blank=True, related_name="publications"
    )
    events = ParentalManyToManyField(EventPage, verbose_name=_("events"), blank=True, related_name="publications")
    countries = ParentalManyToManyField(
        CountryPage, verbose_name=_("ASEAN Member States"), blank=True, related_name="publications"
    )

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types: list[str] = []
    listing_image_help_text = _("Shown when the page is shared, if the publication has no cover. Cards show the cover.")

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("body"),
        index.FilterField("year"),
        index.FilterField("kind"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
                FieldPanel("authors"),
                FieldPanel("isbn"),
                FieldPanel("cover_image"),
            ],
            heading=_("Publication"),
        ),
        FieldPanel("summary"),
        InlinePanel("files", label=_("File"), heading=_("Files, one per language")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("priorities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("events"),
            ],
            heading=_("Related"),
        ),
    ]

    class Meta:
        verbose_name = _("publication")
        indexes = [models.Index(fields=["year", "kind"])]

    def clean(self):
        super().clean()
        self.isbn = normalise_isbn(self.isbn)

    def cache_listing_tags(self):
        """All publications, each priority's and each Member State's (queries: publish only)."""
        tags = super().cache_listing_tags() | {listing_tag("publications")}
        if self.pk:
            tags.update(
                listing_tag("publications", "priority", pk) for pk in self.priorities.values_list("pk", flat=True)
            )
            codes = self.countries.values_list("member_state", flat=True)
            tags.update(listing_tag("publications", "country", code) for code in codes)
        return tags

    @property
    def social_image(self):
        return self.cover_image or self.listing_image

    @property
    def schema_type(self):
        return SCHEMA_TYPES.get(self.kind, "Book")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = [row for row in self.files.select_related("document") if row.document_id]
        context["related_priorities"] = list(public_pages(self.priorities.all()).order_by("path"))
        context["related_countries"] = list(public_pages(self.countries.all()).order_by("path"))
        note(listing_tag("events", "publication", self.pk))  # a named event that goes live joins the list
        context["related_events"] = list(public_pages(self.events.all()).order_by("-starts_at")[:6])
        return context


class PublicationFile(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        unique_together = [("page", "language")]

    @property
    def language_name(self):
        return NATIVE_NAMES.get(self.language, self.language)

    @property
    def file_format(self):
        return self.document.file_extension.upper()


class ChartKind(models.TextChoices):
    BAR = "bar", _("Bar chart")
    LINE = "line", _("Line chart")


@register_snippet
class Dataset(index.Indexed, ClusterableModel):
    """A table of figures for ASEAN-Korea in figures: labelled values in one unit, with their source.

    Shown by the dataset block (publications/blocks.py) as a table, a chart drawn on the server as
    SVG (publications/charts.py) and a CSV download of the same numbers (publications/datasets.py).
    Imported from CSV in Snippets › Datasets › Import from CSV. Only figures with a named, linked
    source belong here.
    """

    title = models.CharField(_("title"), max_length=200)
    unit = models.CharField(_("unit"), max_length=100, help_text=_("e.g. 'USD billion', 'visitors'."))
    source_name = models.CharField(_("source"), max_length=200, help_text=_("Who published the figures."))
    source_url = models.URLField(_("source address"), help_text=_("Where the figures can be checked."))
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)], help_text=_("Year of the figures.")
    )
    chart = models.CharField(_("chart"), max_length=10, choices=ChartKind.choices, default=ChartKind.BAR)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("year"), FieldPanel("chart")]),
        FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]),
        InlinePanel("rows", label=_("Row"), heading=_("Rows"), min_num=1),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("dataset")
        ordering = ["title"]

    def __str__(self):
        return f"{self.title} ({self.year})"


class DatasetRow(Orderable):
    dataset = ParentalKey(Dataset, on_delete=models.CASCADE, related_name="rows")
    label = models.CharField(_("label"), max_length=120)
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=4)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("row")

    @property
    def plain_value(self):
        """The value as plain digits, without exponent or trailing zeros: "1000", "12.5"."""
        return format(self.value.normalize(), "f")


class FiguresPage(BasePage):
    """ASEAN-Korea in figures: text and datasets, each as a table, a chart and a CSV file."""

    body = StreamField(FiguresBodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types: list[str] = []
    listing_image_help_text = _("Shown when the page is shared, if the publication has no cover. Cards show the cover.")

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("figures page")
