"""The Centre's programmes: events, the ASEAN Halls in Seoul and Jeju, and their exhibitions."""

import datetime

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, PageQuerySet
from wagtail.search import index

from akc_site.cache_tags import changes_at, listing_tag, note
from countries.models import CountryPage
from images.renditions import CARD_IMAGE_FIELDS, card_image_renditions
from pages.blocks import BodyBlock
from pages.listing import in_visitor_languages
from pages.models import (
    LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE,
    MAIN_IMAGE_HELP_TEXT,
    BasePage,
    PriorityPage,
    children_tag,
    image_field,
)
from pages.sections import page_sections
from pages.site_tree import public_pages
from programmes import opening_hours
from programmes.blocks import WeeklyHoursBlock
from programmes.calendar import event_calendar_response, listing_calendar_response
from programmes.choices import EventCategory, EventStatus, RegistrationStatus
from programmes.feeds import UpcomingEventsFeed
from programmes.forms import EventPageForm
from programmes.listing import EventFilterForm, event_listing_context, note_upcoming, split_exhibitions
from programmes.opening_hours import CENTRE_TIME_ZONE, midnight_after
from programmes.time_zones import validate_time_zone, visitor_label, zone_named

# A sub-route that names a file (`calendar.ics`): Wagtail hands it over with a trailing slash, which
# the pattern accepts; reversing it gives the name alone, the address calendar apps are given.
CALENDAR_ROUTE = r"^calendar\.ics/?$"
FEED_ROUTE = r"^feed\.atom/?$"


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey("programmes.EventPage", on_delete=models.CASCADE, related_name="tagged_items")


def countries_field(related_name):
    """The ASEAN Member States a page is about; the country's page lists it (countries/)."""
    return ParentalManyToManyField(
        CountryPage, verbose_name=_("ASEAN Member States"), blank=True, related_name=related_name
    )


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Public events not yet ended (ongoing ones stay listed), soonest first, ready for cards."""
        return in_visitor_languages(
            public_pages(self.filter(ends_at__gte=now or timezone.now()))
            .select_related("hall", *CARD_IMAGE_FIELDS)
            .prefetch_related(*card_image_renditions())
            .order_by("starts_at", "pk"),
            "hall",
            *CARD_IMAGE_FIELDS,
        )


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events listing, with filters and pagination, as a page, an iCalendar feed and an Atom feed."""

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.EventPage"]
    # The listing's and its calendar's filters, and the listing's page number (programmes/listing.py).
    cache_query_parameters = (*EventFilterForm.base_fields, "page")

    class Meta:
        verbose_name = _("events listing")

    def events(self):
        return public_pages(EventPage.objects.child_of(self))

    def filter_choices(self):
        """The priorities and halls the listing can be filtered by."""
        note(listing_tag("priorities"), listing_tag("halls"))
        return {
            "priorities": list(in_visitor_languages(public_pages(PriorityPage.objects.order_by("path")))),
            "halls": list(in_visitor_languages(public_pages(HallPage.objects.order_by("path")))),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing_context(self, request, **self.filter_choices()))
        return context

    def get_cached_paths(self):
        # What a CDN purge covers when the listing is published (filtered variants expire on their own).
        return ["/", self.reverse_subpage("calendar"), self.reverse_subpage("feed")]

    @re_path(CALENDAR_ROUTE, name="calendar")
    def calendar(self, request):
        """The listing's events, with its filters, as a calendar to subscribe to."""
        return listing_calendar_response(self, request, **self.filter_choices())

    @re_path(FEED_ROUTE, name="feed")
    def feed(self, request):
        return UpcomingEventsFeed(self)(request)


class EventPage(RoutablePageMixin, BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    image = image_field(_("image"), MAIN_IMAGE_HELP_TEXT)

    # No index of its own: Meta's (starts_at, ends_at) serves ordering by start, and lets the database
    # test "not yet ended" inside the index instead of reading every past event's row.
    starts_at = models.DateTimeField(_("starts"), help_text=_("In the venue's time zone (see Time zone)."))
    ends_at = models.DateTimeField(_("ends"), db_index=True, help_text=_("In the venue's time zone (see Time zone)."))
    # Not translated: the venue's zone is one fact whatever the language (programmes/time_zones.py).
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=CENTRE_TIME_ZONE.key,
        validators=[validate_time_zone],
        help_text=_(
            "Where the event takes place: its times are typed and shown to visitors in this zone, with Korea "
            "time beside them. An event in an ASEAN Hall is in Korea time (Seoul)."
        ),
    )
    is_all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Ignore the times and show only the dates, e.g. for a festival.")
    )
    status = models.CharField(_("status"), max_length=12, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    status_note = models.CharField(
        _("status note"), max_length=255, blank=True, help_text=_("Why it was postponed or cancelled, and what next.")
    )

    hall = models.ForeignKey(
        "programmes.HallPage",
        verbose_name=_("ASEAN Hall"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Choose a hall, or fill in the venue below."),
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("venue address"), max_length=255, blank=True)
    venue_city = models.CharField(_("city"), max_length=100, blank=True)
    is_online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(_("online address"), blank=True, help_text=_("Where to watch or join."))

    priority = models.ForeignKey(
        "pages.PriorityPage",
        verbose_name=_("strategic priority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    category = models.CharField(
        _("category"), max_length=20, choices=EventCategory.choices, default=EventCategory.OTHER
    )
    organisers = models.CharField(_("organisers"), max_length=255, blank=True)
    partners = models.CharField(_("partners"), max_length=255, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee = models.CharField(_("fee"), max_length=200, blank=True, help_text=_("The price, if the event is not free."))

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_unit = models.CharField(_("unit"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)

    registration_status = models.CharField(
        _("registration"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.NOT_NEEDED,
        help_text=_(
            "'Registration open' is shown, with a Register button, only until the deadline and while the "
            "event is neither cancelled nor over."
        ),
    )
    registration_url = models.URLField(
        _("registration address"),
        blank=True,
        help_text=_(
            "Only for a registration handled elsewhere: visitors are sent to this address. Leave it empty "
            "and the site's own form takes the registrations."
        ),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_(
            "In the venue's time zone (see Time zone). Without a deadline, registration closes when the event starts."
        ),
    )
    registration_capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_(
            "How many people the site's form confirms; once they are taken, visitors join a waiting list "
            "and move up when someone cancels. Leave it empty for no limit."
        ),
    )
    # The questions the site's form asks beyond name and e-mail address (registrations/forms.py).
    asks_organisation = models.BooleanField(_("ask for the organisation"), default=False)
    asks_nationality = models.BooleanField(_("ask for the nationality"), default=False)
    asks_dietary_needs = models.BooleanField(
        _("ask for dietary needs"), default=False, help_text=_("For an event where food is served.")
    )
    asks_access_needs = models.BooleanField(
        _("ask for access needs"),
        default=False,
        help_text=_("Wheelchair access, sign language interpretation and other support a visitor may need."),
    )

    countries = countries_field("events")
    tags = ClusterTaggableManager(
        through=EventPageTag, blank=True, help_text=_("'sample' marks the example events of the initial content.")
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    parent_page_types = ["programmes.EventIndexPage"]
    subpage_types: list[str] = []
    search_dates_template = "programmes/includes/event_when.html"
    base_form_class = EventPageForm
    introduction_help_text = _(
        "One or two sentences shown under the title, on the event's cards, in the events feed and in "
        "calendars. Also the description in search results, search engines and shared links, unless a "
        "search description is given."
    )
    introduction_required = True
    listing_image_help_text = LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("organisers"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("is_all_day"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("hall"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("venue_city"),
                FieldRowPanel([FieldPanel("is_online"), FieldPanel("online_url")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("body"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("priority"),
                FieldPanel("category"),
                FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisers"),
                FieldPanel("partners"),
            ],
            heading=_("About the event"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fee")]),
                FieldPanel("registration_status"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("registration_capacity")]),
                FieldRowPanel(
                    [
                        FieldPanel("asks_organisation"),
                        FieldPanel("asks_nationality"),
                        FieldPanel("asks_dietary_needs"),
                        FieldPanel("asks_access_needs"),
                    ]
                ),
            ],
            heading=_("Admission and registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_unit"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("tags"),
    ]

    class Meta:
        verbose_name = _("event")
        indexes = [models.Index(fields=["starts_at", "ends_at"])]

    def clean(self):
        super().clean()
        if self.hall_id and self.time_zone != CENTRE_TIME_ZONE.key:
            raise ValidationError(
                {
                    "time_zone": _(
                        "The ASEAN Halls are in Seoul and Jeju, so an event in a hall is in Korea time: choose "
                        "Seoul, or clear the hall and fill in the venue."
                    )
                }
            )
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The end cannot be before the start.")})
        if self.starts_at and self.is_all_day:
            self.starts_at, self.ends_at = self.all_day_bounds()
        if self.registration_deadline and self.ends_at and self.registration_deadline > self.ends_at:
            raise ValidationError({"registration_deadline": _("Registration cannot close after the event has ended.")})
        if not self.is_free and not self.fee_en:
            raise ValidationError({"fee_en": _("Give the fee, or tick 'free of charge'.")})

    def all_day_bounds(self):
        """Midnight at the start of the first day to 23:59:59 on the last, in the venue's time zone."""
        zone = self.venue_time_zone
        first = timezone.localtime(self.starts_at, zone).date()
        last = timezone.localtime(self.ends_at or self.starts_at, zone).date()
        start = datetime.datetime.combine(first, datetime.time.min, zone)
        end = datetime.datetime.combine(last, datetime.time(23, 59, 59), zone)
        return start, end

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("calendar")]

    def cache_listing_tags(self):
        """Every events list, its hall's, its priority's, each Member State's, the online events', and
        the related lists of the news and publications that name it (queries: publish only)."""
        tags = super().cache_listing_tags() | {listing_tag("events")}
        if self.hall_id:
            tags.add(listing_tag("events", "hall", self.hall_id))
        if self.priority_id:
            tags.add(listing_tag("events", "priority", self.priority_id))
        if self.is_online:
            tags.add(listing_tag("events", "online"))
        if self.pk:
            codes = self.countries.values_list("member_state", flat=True)
            tags.update(listing_tag("events", "country", code) for code in codes)
            # The apps above name events through reverse relations (news_items, publications).
            for kind, naming in (("news", self.news_items), ("publication", self.publications)):
                tags.update(listing_tag("events", kind, pk) for pk in naming.values_list("pk", flat=True))
        return tags

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Apps above programmes add their sections (related news) through a hook (pages/sections.py).
        context["sections"] = page_sections(self, request)
        return context

    @re_path(CALENDAR_ROUTE, name="calendar")
    def calendar(self, request):
        return event_calendar_response(self, request)

    @property
    def venue_time_zone(self):
        """The zone of the venue: Korea time in an ASEAN Hall (Seoul and Jeju), else the one chosen."""
        if self.hall_id:
            return CENTRE_TIME_ZONE
        return zone_named(self.time_zone)

    @property
    def time_zone_label(self):
        """'Korea time', 'Jakarta time', 'Sydney time', in the active language."""
        return visitor_label(self.venue_time_zone.key)

    @property
    def local_start(self):
        """The start in the venue's time zone."""
        return timezone.localtime(self.starts_at, self.venue_time_zone)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, self.venue_time_zone)

    @property
    def korea_start(self):
        return timezone.localtime(self.starts_at, CENTRE_TIME_ZONE)

    @property
    def korea_end(self):
        return timezone.localtime(self.ends_at, CENTRE_TIME_ZONE)

    @property
    def differs_from_korea_time(self):
        """Whether the venue's clocks read otherwise than Korea's while the event is on."""
        return (self.local_start.utcoffset(), self.local_end.utcoffset()) != (
            self.korea_start.utcoffset(),
            self.korea_end.utcoffset(),
        )

    def days(self):
        """The days (in the venue's time zone) the event takes place on."""
        day, last = self.local_start.date(), self.local_end.date()
        while day <= last:
            yield day
            day += datetime.timedelta(days=1)

    def fits_its_venue(self):
        """Whether each day of the event is a day its venue is open: inside a hall's opening hours (an
        all-day event: on an open day), or elsewhere a weekday that is no Korean public holiday."""
        for day in self.days():
            if self.hall is None:
                if day.weekday() >= 5 or opening_hours.public_holiday_name(day):
                    return False
                continue
            intervals, _reason = opening_hours.intervals_on(self.hall.schedule, day)
            if not intervals:
                return False
            if not self.is_all_day and not any(
                (day > self.local_start.date() or interval.opens <= self.local_start.time())
                and (day < self.local_end.date() or self.local_end.time() <= interval.closes)
                for interval in intervals
            ):
                return False
        return True

    def move_to_a_day_its_venue_is_open(self, max_days=21):
        """Shift an example event by whole days, away from today, until it fits its venue
        (fits_its_venue); its registration deadline moves with it. True when it fits."""
        step = datetime.timedelta(days=-1 if self.ends_at < timezone.now() else 1)
        for _attempt in range(max_days):
            if self.fits_its_venue():
                return True
            self.starts_at += step
            self.ends_at += step
            if self.registration_deadline is not None:
                self.registration_deadline += step
        return self.fits_its_venue()

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_past(self):
        changes_at(self.ends_at)
        return self.ends_at < timezone.now()

    @property
    def registration_closes_at(self):
        """The deadline, or the start of the event when there is none."""
        return self.registration_deadline or self.starts_at

    def registration_is_possible(self, now=None):
        """Whether a visitor can register now: registration open, the event neither cancelled nor
        ended, before the deadline (the start without one). With no registration address the site's
        own form takes the registration (registrations/), so there is always a way to register."""
        now = now or timezone.now()
        if self.registration_status == RegistrationStatus.OPEN and not self.is_cancelled:
            changes_at(self.registration_closes_at, self.ends_at)  # what the page shows closes then
        return (
            self.registration_status == RegistrationStatus.OPEN
            and not self.is_cancelled
            and self.ends_at >= now
            and now < self.registration_closes_at
        )

    def takes_registrations_on_site(self, now=None):
        """Whether the site's own form takes this event's registrations now."""
        return not self.registration_url and self.registration_is_possible(now)

    @property
    def venue_label(self):
        if self.hall_id:
            return self.hall.title
        parts = [part for part in (self.venue_name, self.venue_city) if part]
        if not parts and self.is_online:
            return str(_("Online"))
        return ", ".join(parts)

    @property
    def location_text(self):
        """One line for calendars and structured data."""
        if self.hall_id:
            return ", ".join(part for part in (self.hall.title, self.hall.address.replace("\n", ", ")) if part)
        parts = [self.venue_name, self.venue_address, self.venue_city]
        if self.is_online and self.online_url:
            parts.append(self.online_url)
        return ", ".join(part for part in parts if part)


class HallIndexPage(BasePage):
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.HallPage"]

    class Meta:
        verbose_name = _("ASEAN Halls page")

    def halls(self):
        note(listing_tag("halls"))
        halls = public_pages(HallPage.objects.child_of(self))
        return halls.select_related(*CARD_IMAGE_FIELDS).prefetch_related(*card_image_renditions())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        halls = list(self.halls().prefetch_related("exceptions"))
        now = timezone.now()
        context["halls"] = [(hall, hall.open_state_at(now)) for hall in halls]
        return context


HALL_EVENT_COUNT = 6


class HallPage(BasePage):
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    image = image_field(_("main image"), MAIN_IMAGE_HELP_TEXT)
    address = models.TextField(_("address"))
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    directions = models.TextField(_("how to get there"), blank=True)
    admission = models.TextField(_("admission"), blank=True, help_text=_("Prices, booking, group visits."))
    accessibility = models.TextField(_("accessibility"), blank=True, help_text=_("Step-free access, lifts, toilets."))
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    weekly_hours = StreamField(
        WeeklyHoursBlock(),
        verbose_name=_("weekly opening hours"),
        blank=True,
        help_text=_(
            "Korea time. A day may have several intervals, e.g. around a lunch break; a day without is closed."
        ),
    )
    closed_on_public_holidays = models.BooleanField(
        _("closed on Korean public holidays"),
        default=True,
        help_text=_("Public holidays are known to the site; add exceptions below for other days."),
    )

    parent_page_types = ["programmes.HallIndexPage"]
    subpage_types = ["programmes.ExhibitionPage"]
    listing_image_help_text = LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("address"),
        index.SearchField("directions"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("directions"),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("weekly_hours"),
                FieldPanel("closed_on_public_holidays"),
            ],
            heading=_("Opening hours"),
        ),
        InlinePanel("exceptions", label=_("Closure or special hours"), heading=_("Dated exceptions")),
        MultiFieldPanel(
            [
                FieldPanel("admission"),
                FieldPanel("accessibility"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Visiting"),
        ),
    ]

    class Meta:
        verbose_name = _("ASEAN Hall")

    def cache_listing_tags(self):
        # Halls are listed on the home page, their index and in the event listing's filter.
        return super().cache_listing_tags() | {listing_tag("halls")}

    @cached_property
    def exception_rows(self):
        return list(self.exceptions.all())

    @cached_property
    def schedule(self):
        weekly = {}
        for block in self.weekly_hours:
            interval = opening_hours.Interval(block.value["opens"], block.value["closes"])
            weekly.setdefault(int(block.value["weekday"]), []).append(interval)
        exceptions = {}
        for row in self.exception_rows:
            interval = () if row.is_closed else (opening_hours.Interval(row.opens, row.closes),)
            exceptions[row.date] = opening_hours.DayException(row.date, interval, row.reason)
        return opening_hours.Schedule(
            {day: tuple(sorted(intervals, key=lambda interval: interval.opens)) for day, intervals in weekly.items()},
            exceptions,
            self.closed_on_public_holidays,
        )

    def open_state_at(self, moment):
        """Open or closed, noting when that changes (and, with a reason for today, its midnight)."""
        state = opening_hours.open_state_at(self.schedule, moment)
        local_day = moment.astimezone(CENTRE_TIME_ZONE).date()
        changes_at(state.next_change, midnight_after(local_day) if state.reason else None)
        return state

    def is_open_at(self, moment):
        return opening_hours.open_state_at(self.schedule, moment).is_open

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )

    def weekly_hours_by_day(self):
        """[(weekday number, [intervals])] Monday to Sunday; an empty list means closed."""
        return [(day, list(self.schedule.weekly.get(day, ()))) for day in range(7)]

    def exhibitions(self):
        note(children_tag(self.path))  # a hall's exhibitions are its children
        return in_visitor_languages(
            public_pages(ExhibitionPage.objects.child_of(self)).select_related(*CARD_IMAGE_FIELDS), *CARD_IMAGE_FIELDS
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["open_state"] = self.open_state_at(now)
        context.update(split_exhibitions(self.exhibitions(), timezone.localdate(now, CENTRE_TIME_ZONE)))
        note(listing_tag("events", "hall", self.pk))
        context["upcoming_events"] = note_upcoming(self.events.upcoming(now)[:HALL_EVENT_COUNT])
        today = timezone.localdate(now, CENTRE_TIME_ZONE)
        context["upcoming_exceptions"] = [row for row in self.exception_rows if row.date >= today][:10]
        if context["upcoming_exceptions"]:  # the first leaves the list the day after it
            changes_at(midnight_after(context["upcoming_exceptions"][0].date))
        # Apps above programmes add their sections (group visits) through a hook (pages/sections.py).
        context["sections"] = page_sections(self, request)
        return context


class OpeningException(Orderable):
    hall = ParentalKey(HallPage, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    is_closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True, help_text=_("Shown to visitors."))

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("is_closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("reason"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("closure or special hours")
        ordering = ["date"]

    def clean(self):
        if self.is_closed:
            return
        if not (self.opens and self.closes):
            raise ValidationError(_("Give the special opening and closing times, or tick 'closed all day'."))
        if self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time on the same day.")})


class ExhibitionPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    image = image_field(_("image"), MAIN_IMAGE_HELP_TEXT)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(
        _("closes on"), null=True, blank=True, help_text=_("Leave empty for a permanent exhibition.")
    )
    curator = models.CharField(_("curator"), max_length=200, blank=True)
    partners = models.CharField(_("partners"), max_length=255, blank=True)
    countries = countries_field("exhibitions")

    parent_page_types = ["programmes.HallPage"]
    subpage_types: list[str] = []
    search_dates_template = "programmes/includes/exhibition_dates.html"
    introduction_required = True
    listing_image_help_text = LISTING_IMAGE_INSTEAD_OF_MAIN_IMAGE

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("curator"), FieldPanel("partners")], heading=_("Credits")),
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        verbose_name = _("exhibition")

    def clean(self):
        super().clean()
        if self.closes_on and self.opens_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("An exhibition cannot close before it opens.")})

    @property
    def is_permanent(self):
        return self.closes_on is None

    def cache_listing_tags(self):
        """All exhibitions (the home page's current ones), its hall's (the children, by default) and
        each Member State's (a query: publish only)."""
        tags = super().cache_listing_tags() | {listing_tag("exhibitions")}
        if self.pk:
            codes = self.countries.values_list("member_state", flat=True)
            tags.update(listing_tag("exhibitions", "country", code) for code in codes)
        return tags

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hall"] = self.get_parent().specific
        return context
