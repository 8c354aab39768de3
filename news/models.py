"""The Centre's news: press releases, notices and photo reports, their listing and press contacts."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import BooleanField, Case, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from akc_site.cache_tags import changes_at, listing_tag, note
from images.renditions import card_renditions
from news.blocks import NewsBodyBlock
from news.choices import NewsKind
from news.feeds import NewsFeed
from news.forms import NewsPageForm
from news.listing import NewsFilterForm, news_listing_context
from pages.listing import in_visitor_languages
from pages.models import BasePage, PriorityPage
from pages.site_tree import public_pages
from programmes.models import FEED_ROUTE
from programmes.opening_hours import CENTRE_TIME_ZONE

REFERENCE_NUMBER_FORMAT = RegexValidator(
    r"^PR/[0-9]{2}-[0-9]{1,3}$",
    _("Write the reference number as PR/YY-N: the year's last two digits, a hyphen, the number (PR/26-14)."),
)
ATTACHMENT_EXTENSIONS = ("pdf", "hwp", "hwpx", "docx")


class PressContact(models.Model):
    """Who journalists call about a press release: a snippet, chosen on each release."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"),
        max_length=200,
        help_text=_("Position and unit, e.g. 'Press officer, Planning and Coordination Team'."),
    )
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("telephone"), max_length=40, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name


register_snippet(PressContact)


class NewsQuerySet(PageQuerySet):
    def for_cards(self):
        """Public news, ready for cards: one query for the pages, one for their images' renditions."""
        return in_visitor_languages(
            public_pages(self).select_related("listing_image").prefetch_related(card_renditions("listing_image")),
            "listing_image",
        )

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def pinned_first(self, today=None):
        """Notices pinned until today or later first, then the newest."""
        today = today or timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
        pinned = When(kind=NewsKind.NOTICE, pinned_until__gte=today, then=Value(True))
        return self.annotate(is_pinned=Case(pinned, default=Value(False), output_field=BooleanField())).order_by(
            "-is_pinned", "-published_at", "-pk"
        )


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news listing, newest first, with filters and pagination, and its Atom feed."""

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    cache_query_parameters = (*NewsFilterForm.base_fields, "page")

    class Meta:
        verbose_name = _("news listing")

    def news(self):
        note(listing_tag("news"))
        return NewsPage.objects.child_of(self).for_cards()

    def filter_choices(self):
        return {"priorities": list(public_pages(PriorityPage.objects.order_by("path")))}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing_context(self, request, **self.filter_choices()))
        return context

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("feed")]

    @re_path(FEED_ROUTE, name="feed")
    def feed(self, request):
        """The newest items, with the listing's filters."""
        return NewsFeed(self, self.filter_choices())(request)


class NewsPage(BasePage):
    kind = models.CharField(_("kind"), max_length=20, choices=NewsKind.choices, default=NewsKind.PRESS_RELEASE)
    published_at = models.DateTimeField(
        _("publication date and time"),
        default=timezone.now,
        help_text=_(
            "In Korea time (Asia/Seoul), shown on the page and used for the order of the listing. For an "
            "embargoed release, also set 'Go-live date/time' under Settings."
        ),
    )
    reference_number = models.CharField(
        _("reference number"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        validators=[REFERENCE_NUMBER_FORMAT],
        error_messages={
            "unique": _("Another press release already has this reference number; give the next free one.")
        },
        help_text=_("Press releases only: PR/, the year's last two digits, a hyphen and the number, e.g. PR/26-14."),
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)
    press_contact = models.ForeignKey(
        PressContact,
        verbose_name=_("press contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Required to publish a press release."),
    )
    priority = models.ForeignKey(
        "pages.PriorityPage",
        verbose_name=_("strategic priority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    related_events = ParentalManyToManyField(
        "programmes.EventPage", verbose_name=_("related events"), blank=True, related_name="news_items"
    )
    application_deadline = models.DateTimeField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_("Notices only, in Korea time: after it, the notice shows that applications are closed."),
    )
    pinned_until = models.DateField(
        _("pinned until"),
        null=True,
        blank=True,
        help_text=_("Notices only: shown first in the listing up to and including this day."),
    )

    objects = PageManager.from_queryset(NewsQuerySet)()
    base_form_class = NewsPageForm

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    search_dates_template = "news/includes/news_date.html"
    introduction_help_text = _(
        "Two or three sentences: what happened, or what is asked. Shown under the title, on the item's "
        "cards and in the news feed. Also the description in search results, search engines and shared "
        "links, unless a search description is given."
    )
    introduction_required = True
    listing_image_help_text = _(
        "Shown on cards that link to this page and when the page is shared. Without it, sharing uses the "
        "body's first image."
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("reference_number"),
        index.FilterField("published_at"),
        index.FilterField("kind"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("published_at")]),
                FieldPanel("reference_number"),
                FieldPanel("press_contact"),
            ],
            heading=_("Kind and publication"),
        ),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Attachment"), heading=_("Attachments")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("application_deadline"), FieldPanel("pinned_until")])],
            heading=_("Notices"),
        ),
        MultiFieldPanel([FieldPanel("priority"), FieldPanel("related_events")], heading=_("Related")),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        indexes = [models.Index(fields=["-published_at"], name="news_published_at")]

    def clean(self):
        super().clean()
        errors = {}
        if self.reference_number == "":
            self.reference_number = None
        if self.kind == NewsKind.PRESS_RELEASE and not self.reference_number:
            errors["reference_number"] = _("A press release needs its reference number, e.g. PR/26-14.")
        elif self.kind != NewsKind.PRESS_RELEASE and self.reference_number:
            errors["reference_number"] = _("Only press releases have a reference number; clear it.")
        if self.kind != NewsKind.NOTICE:
            for name in ("application_deadline", "pinned_until"):
                if getattr(self, name):
                    errors[name] = _("Only notices have an application deadline or are pinned; clear it.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_press_release(self):
        return self.kind == NewsKind.PRESS_RELEASE

    @property
    def is_notice(self):
        return self.kind == NewsKind.NOTICE

    @property
    def local_published_at(self):
        return timezone.localtime(self.published_at, CENTRE_TIME_ZONE)

    @property
    def local_deadline(self):
        return timezone.localtime(self.application_deadline, CENTRE_TIME_ZONE) if self.application_deadline else None

    def cache_listing_tags(self):
        """All news, its priority's, and each named event's related news (a query: publish only)."""
        tags = super().cache_listing_tags() | {listing_tag("news")}
        if self.priority_id:
            tags.add(listing_tag("news", "priority", self.priority_id))
        if self.pk:
            tags.update(listing_tag("news", "event", pk) for pk in self.related_events.values_list("pk", flat=True))
        return tags

    def is_closed(self, now=None):
        """True once a notice's application deadline has passed (which the page then shows)."""
        changes_at(self.application_deadline)
        return bool(self.application_deadline) and self.application_deadline < (now or timezone.now())

    def first_image(self):
        """The first image of the body, in a figure or a gallery (for sharing), or None."""
        for block in self.body:
            if block.block_type == "image":
                return block.value["image"]
            if block.block_type == "gallery" and block.value["images"]:
                return block.value["images"][0]["image"]
        return None

    @property
    def social_image(self):
        """The card's image (the listing image) if an editor chose one, else the first image of the body."""
        return self.card_image or self.first_image()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_closed"] = self.is_closed()
        context["attachments"] = list(self.attachments.select_related("document"))
        note(listing_tag("events", "news", self.pk))  # a named event that goes live joins the list
        context["events"] = list(public_pages(self.related_events.all()).order_by("starts_at"))
        return context


class NewsAttachment(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A PDF, HWP or DOCX file; its title is the link text, its type and size are shown."),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")

    def clean(self):
        if self.document_id and self.document.file_extension.lower() not in ATTACHMENT_EXTENSIONS:
            raise ValidationError({"document": _("Attach a PDF, HWP or DOCX file.")})
