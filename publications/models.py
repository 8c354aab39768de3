"""The Centre's publications: reports, work programmes, research, brochures and statistics, with a file
per language, and the listing at /<lang>/publications/.

Files are Wagtail documents, served by Wagtail's document view (WAGTAILDOCS_SERVE_METHOD), which
checks the privacy of the pages and collections they belong to; what may be uploaded is checked by
akc_site/documents.py.
"""

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from akc_site.languages import NATIVE_NAMES, SITE_LANGUAGES
from countries.models import CountryPage
from pages.blocks import BodyBlock
from pages.models import BasePage, PriorityPage, image_field
from pages.site_tree import public_pages
from programmes.models import EventPage
from publications.choices import SCHEMA_TYPES, PublicationKind
from publications.isbn import normalise_isbn, validate_isbn
from publications.listing import PublicationFilterForm, publication_listing_context

LANGUAGE_CHOICES = [(code, native) for code, _english, native in SITE_LANGUAGES]


class PublicationIndexPage(BasePage):
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    cache_query_parameters = (*PublicationFilterForm.base_fields, "page")

    class Meta:
        verbose_name = _("publications listing")

    def publications(self):
        return public_pages(PublicationPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        priorities = list(public_pages(PriorityPage.objects.order_by("path")))
        context.update(publication_listing_context(self.publications(), request, priorities))
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
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    priorities = ParentalManyToManyField(
        PriorityPage, verbose_name=_("strategic priorities"), blank=True, related_name="publications"
    )
    events = ParentalManyToManyField(EventPage, verbose_name=_("events"), blank=True, related_name="publications")
    countries = ParentalManyToManyField(
        CountryPage, verbose_name=_("ASEAN Member States"), blank=True, related_name="publications"
    )

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types: list[str] = []

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
