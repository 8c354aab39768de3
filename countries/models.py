"""The ASEAN Member States: a page for each under /<lang>/asean/<country>/.

Apps above this one tag their pages with countries (events, exhibitions, publications have a
`countries` many-to-many field to CountryPage) and add what they have for a country to its page
through the `page_sections` hook (pages/sections.py); this app imports none of them.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from akc_site.cache_tags import listing_tag, note
from akc_site.languages import LANGUAGE_CODES
from countries.member_states import CHOICES, member_state
from pages.blocks import BodyBlock
from pages.models import BasePage
from pages.sections import page_sections
from pages.site_tree import public_pages


class CountryIndexPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.CountryPage"]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("ASEAN Member States page")

    def countries(self):
        note(listing_tag("countries"))
        return public_pages(CountryPage.objects.child_of(self)).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["countries"] = self.countries()
        return context


class CountryPage(BasePage):
    member_state = models.CharField(_("Member State"), max_length=2, choices=CHOICES, unique=True)
    capital = models.CharField(_("capital"), max_length=100)
    languages = models.CharField(_("official languages"), max_length=200)
    relations_with_korea = StreamField(
        BodyBlock(),
        verbose_name=_("relations with Korea"),
        blank=True,
        help_text=_("Only facts from a public source; name it."),
    )

    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types: list[str] = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("capital"),
        index.SearchField("relations_with_korea"),
        index.FilterField("member_state"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("member_state"), FieldPanel("capital"), FieldPanel("languages")], heading=_("Country")
        ),
        FieldPanel("relations_with_korea"),
    ]

    class Meta:
        verbose_name = _("ASEAN Member State")

    def cache_listing_tags(self):
        return super().cache_listing_tags() | {listing_tag("countries")}

    @property
    def state(self):
        return member_state(self.member_state)

    def save(self, *args, **kwargs):
        # The official short name is in the UI catalogues in every language: a title left empty in a
        # language takes it, so the country is named in every language without a fallback notice.
        if self.state:
            for language in LANGUAGE_CODES:
                field = build_localized_fieldname("title", language)
                if not getattr(self, field, ""):
                    with translation.override(language):
                        setattr(self, field, str(self.state.name))
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Events, exhibitions and publications of this country come from their apps (pages/sections.py).
        context["sections"] = page_sections(self, request)
        return context
