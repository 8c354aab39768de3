"""The Centre's core editorial pages: greeting, priorities and standard pages, and what every page shares."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from akc_site.cache_tags import listing_tag, note
from akc_site.languages import LANGUAGE_CODES, SITE_LANGUAGES, SOURCE_LANGUAGE
from pages.blocks import BodyBlock, FocusAreasBlock
from pages.fallback import fallback_field_names, first_with_content, remove_empty_rich_text
from pages.forms import BasePageForm
from pages.routing import route_within
from pages.sections import page_notices, page_sections
from pages.site_tree import is_restricted, public_pages

# The listing image's help text for the page types with a main image (`image`), which cards and
# sharing use unless a listing image is chosen (BasePage.card_image).
LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE = _(
    "Shown on cards and when the page is shared, instead of the main image. Leave it empty to use the main image."
)
MAIN_IMAGE_HELP_TEXT = _(
    "At the top of the page. Also on cards and when the page is shared, unless a listing image is chosen (Promote tab)."
)


def children_tag(parent_path):
    """The listing tag of a page's children, by the parent's tree path: no query to know a page's parent."""
    return listing_tag("children", parent_path)


def image_field(verbose_name, help_text=""):
    """An optional image chosen from the library; deleting the image leaves the page intact."""
    return models.ForeignKey(
        get_image_model_string(),
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class BasePage(Page):
    """What every public page shares: an introduction, a listing image, SEO and social fields."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title, in listings and as the search description."),
    )
    listing_image = image_field(
        _("listing image"), help_text=_("Shown on cards that link to this page and when the page is shared.")
    )
    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_(
            "Example content, not a real record: visitors see it marked as an example. "
            "Settings › Remove examples deletes every example page at once."
        ),
    )

    # Where this type shows its introduction and listing image, for the editor: the admin form
    # (pages/forms.py) sets them per type, so a type that differs says so without a migration.
    introduction_help_text = _(
        "One or two sentences shown under the title and on the cards that link to this page. Also the "
        "description in search results, search engines and shared links, unless a search description is given."
    )
    listing_image_help_text = _("Shown on cards that link to this page and when the page is shared.")
    # Types whose cards, feeds or calendars need the introduction require it in English to publish.
    introduction_required = False
    introduction_required_message = _("Write the introduction: the cards that link to this page show it.")
    base_form_class = BasePageForm

    # The query parameters this page type (and its sub-routes) reads; the page cache keys the page by
    # these alone and ignores any other (akc_site/page_cache.py). A page reading one must name it.
    cache_query_parameters: tuple[str, ...] = ()

    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description"), FieldPanel("listing_image")],
            heading=_("Search engines and sharing"),
        ),
        MultiFieldPanel([FieldPanel("slug"), FieldPanel("show_in_menus")], heading=_("Address and menu")),
        FieldPanel("is_example"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # An untouched rich-text editor saves an empty paragraph, which would hide the English fallback.
        remove_empty_rich_text(self)
        return super().save(*args, **kwargs)

    def route(self, request, path_components):
        # Wagtail's routing costs two queries per level; this finds the deepest page in one
        # (pages/routing.py) and hands what remains of the path to that page's own routes.
        return route_within(self, request, path_components)

    @property
    def preview_modes(self):
        """One preview per language, so translators see the page as its visitors will."""
        return [
            (code, native if code == SOURCE_LANGUAGE else f"{native} ({english})")
            for code, english, native in SITE_LANGUAGES
        ]

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in LANGUAGE_CODES else SOURCE_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()  # a TemplateResponse renders lazily, after the override would end
        return response

    @property
    def card_image(self):
        """The image on cards and when the page is shared: the listing image where one is chosen,
        else the page's main image (`image`) for the types that have one."""
        return self.listing_image or getattr(self, "image", None)

    @property
    def social_image(self):
        """The image shown when the page is shared: the card's."""
        return self.card_image

    @property
    def meta_description(self):
        """The SEO description, else the introduction: in the visitor's language if it has either."""
        return first_with_content(self, ("search_description", "introduction"), get_language())

    def get_view_restrictions(self):
        # Wagtail asks before serving any page, at two queries; the cached paths of the restricted
        # subtrees answer for a page outside all of them (aliases take their source's restrictions).
        if self.alias_of_id is None and not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def fallback_fields(self, language=None):
        """Names of the fields shown in English because they lack a translation in `language`."""
        return fallback_field_names(self, language or get_language())

    def cache_listing_tags(self):
        """The listing tags this page belongs to, retired when it is published, unpublished or deleted
        (akc_site/cache_tags.py): the lists it may join that the page tags of their members cannot cover.
        Types listed elsewhere add theirs; an M2M may cost a query (publish only, never a render)."""
        return {children_tag(self.path[: -self.steplen])} if self.depth > 1 else set()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        context["fallback_fields"] = set() if language == SOURCE_LANGUAGE else self.fallback_fields(language)
        context["notices"] = page_notices(self, request)
        return context


class GreetingPage(BasePage):
    lead = models.TextField(_("lead statement"), help_text=_("The opening statement, shown large above the text."))
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    signatory_name = models.CharField(_("signatory's name"), max_length=120)
    signatory_title = models.CharField(_("signatory's title"), max_length=200)
    portrait = image_field(_("portrait"))
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year the greeting was written."),
    )

    # The current greeting lives in a section (About); the earlier ones are its children, the
    # archive, one level deep. "Keep a copy in the archive" (pages/admin_views.py) makes one.
    parent_page_types = ["home.HomePage", "pages.StandardPage", "pages.GreetingPage"]
    subpage_types = ["pages.GreetingPage"]

    search_fields = [*BasePage.search_fields, index.SearchField("lead"), index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("lead"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("signatory_name"), FieldPanel("signatory_title"), FieldPanel("portrait"), FieldPanel("year")],
            heading=_("Signatory"),
        ),
    ]

    class Meta:
        verbose_name = _("greeting page")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and cls.may_live_under(parent)

    def can_move_to(self, parent):
        return super().can_move_to(parent) and self.may_live_under(parent, moving=self)

    @classmethod
    def may_live_under(cls, parent, moving=None):
        """One current greeting per section; under it, earlier greetings, but no archive of an archive."""
        parent = parent.specific
        if isinstance(parent, GreetingPage):
            return not isinstance(parent.get_parent().specific, GreetingPage)
        others = GreetingPage.objects.child_of(parent)
        if moving is not None:
            others = others.exclude(pk=moving.pk)
        return not others.exists()

    def cache_listing_tags(self):
        # The home page shows the first greeting; an archive lists its parent's children (the default).
        return super().cache_listing_tags() | {listing_tag("greetings")}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        current = GreetingPage.objects.parent_of(self).first()
        if not current:
            note(children_tag(self.path))
        context["current_greeting"] = current
        # Earlier greetings, newest first; an archived greeting links to the current one instead.
        context["earlier_greetings"] = (
            [] if current else public_pages(GreetingPage.objects.child_of(self)).order_by("-year", "-path")
        )
        return context


class PriorityIndexPage(BasePage):
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["pages.PriorityPage"]

    class Meta:
        verbose_name = _("strategic priorities page")

    def priorities(self):
        return priorities_under(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["priorities"] = self.priorities()
        return context


def priorities_under(priority_index):
    note(listing_tag("priorities"))
    return public_pages(PriorityPage.objects.child_of(priority_index)).order_by("path")


class PriorityPage(BasePage):
    class Icon(models.TextChoices):
        ECONOMY = "economy", _("Economy")
        CULTURE = "culture", _("Culture and tourism")
        PEOPLE = "people", _("Youth and future generations")
        PARTNERSHIP = "partnership", _("Partnerships")

    short_name = models.CharField(
        _("short name"), max_length=40, help_text=_("One or two words for cards and menus, e.g. 'Economy'.")
    )
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices, default=Icon.ECONOMY)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown on the priority's card."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    focus_areas = StreamField(FocusAreasBlock(), verbose_name=_("focus areas"), blank=True)

    parent_page_types = ["pages.PriorityIndexPage"]
    subpage_types: list[str] = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_name"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("focus_areas"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("short_name"), FieldPanel("icon"), FieldPanel("summary")], heading=_("Card")),
        FieldPanel("body"),
        FieldPanel("focus_areas"),
    ]

    class Meta:
        verbose_name = _("strategic priority")

    def cache_listing_tags(self):
        # Priorities are listed on the home page, their index and in the listings' filters.
        return super().cache_listing_tags() | {listing_tag("priorities")}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other apps add their sections (upcoming events, latest news) through a hook (pages/sections.py).
        context["sections"] = page_sections(self, request)
        return context


class StandardPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage", "pages.GreetingPage"]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")

    @cached_property
    def child_pages(self):
        note(children_tag(self.path))
        return public_pages(self.get_children().in_menu()).specific()


def optional_page_field(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """The Centre's contact details and social profiles, shown in the footer of every page."""

    organisation_name = models.CharField(_("organisation name"), max_length=120, default="ASEAN-Korea Centre")
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    press_email = models.EmailField(
        _("press e-mail"), blank=True, help_text=_("Press inquiries go here; empty: the general e-mail.")
    )
    programmes_email = models.EmailField(
        _("programmes e-mail"),
        blank=True,
        help_text=_("Event registrations and programme inquiries; empty: the general e-mail."),
    )
    halls_email = models.EmailField(
        _("ASEAN Halls e-mail"), blank=True, help_text=_("Group visits and hall inquiries; empty: the general e-mail.")
    )
    office_hours = models.CharField(
        _("office hours"),
        max_length=200,
        blank=True,
        help_text=_("As visitors should read them, e.g. the days and times the office answers the phone."),
    )
    privacy_officer = models.CharField(
        _("privacy officer"),
        max_length=200,
        blank=True,
        help_text=_(
            "The person responsible for personal data (Korea's Personal Information Protection Act): name and role."
        ),
    )
    privacy_officer_email = models.EmailField(_("privacy officer's e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    blog_url = models.URLField(_("blog"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    contact_page = optional_page_field(_("contact page"))
    accessibility_page = optional_page_field(_("accessibility statement"))
    privacy_page = optional_page_field(_("privacy policy"))

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("press_email"), FieldPanel("programmes_email"), FieldPanel("halls_email")],
            heading=_("Teams' e-mail addresses"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_officer"), FieldPanel("privacy_officer_email")],
            heading=_("Personal data"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
                FieldPanel("blog_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Social profiles"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_page"), FieldPanel("accessibility_page"), FieldPanel("privacy_page")],
            heading=_("Linked from the footer of every page"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation details")

    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
            (_("Blog"), self.blog_url),
            ("X", self.x_url),
        ]
        return [(label, url) for label, url in links if url]

    TEAMS = ("general", "press", "programmes", "halls")

    def team_emails(self):
        """[(label, address)] of the teams with an address of their own, the general one first."""
        labelled = [
            (_("General inquiries"), self.email),
            (_("Press"), self.press_email),
            (_("Events and programmes"), self.programmes_email),
            (_("ASEAN Halls"), self.halls_email),
        ]
        return [(label, address) for label, address in labelled if address]

    def team_address(self, team):
        """The e-mail address of one of TEAMS, the general one where the team has none (or "")."""
        if team not in self.TEAMS:
            raise ValueError(f"Unknown team: {team}")
        return getattr(self, f"{team}_email", "") or self.email
