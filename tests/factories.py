"""Factories for every page type, the site and users: test data that says what it is, not the site's copy.

Every page is built in English and Korean (the two languages the initial content is complete in), with
the Korean text different from the English, so a test can tell which one a page shows. Pages are
created under the parent their type requires and published (a revision, as an editor's publish makes),
unless `publish=False`; `live=False` gives a draft.
"""

import datetime
import itertools

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.text import slugify

from wagtail.documents.models import Document
from wagtail.models import Page, Site

from contact.models import ContactPage, Inquiry, InquiryTopic
from countries.models import CountryIndexPage, CountryPage
from home.models import HomePage
from news.choices import NewsKind
from news.models import NewsIndexPage, NewsPage, PressContact
from pages.models import GreetingPage, OrganisationSettings, PriorityIndexPage, PriorityPage, StandardPage
from programmes.models import (
    EventIndexPage,
    EventPage,
    ExhibitionPage,
    HallIndexPage,
    HallPage,
    OpeningException,
)
from programmes.opening_hours import CENTRE_TIME_ZONE
from publications.models import (
    Dataset,
    DatasetRow,
    FiguresPage,
    PublicationFile,
    PublicationIndexPage,
    PublicationPage,
)

PASSWORD = "a-long-test-password"
_block_ids = itertools.count(1)


def block_id():
    return f"block-{next(_block_ids)}"


def heading(text, block=None):
    return {"type": "heading", "value": {"text": text, "level": "h2"}, "id": block or block_id()}


def paragraph(text, block=None):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": block or block_id()}


def body(english_heading, english_text):
    """A heading and a paragraph, raw as Wagtail stores them."""
    return [heading(english_heading), paragraph(english_text)]


def korean_of(stream, prefix="한국어"):
    """The same blocks (same ids, as a translation keeps them) with Korean text."""
    translated = []
    for block in stream:
        value = block["value"]
        if block["type"] == "heading":
            value = {**value, "text": f"{prefix} 제목 {block['id']}"}
        elif block["type"] == "paragraph":
            value = f"<p>{prefix} 문단 {block['id']}</p>"
        elif block["type"] == "focus_area":
            value = {"title": f"{prefix} 분야 {block['id']}", "description": f"{prefix} 설명 {block['id']}"}
        translated.append({**block, "value": value})
    return translated


class BasePageFactory(wagtail_factories.PageFactory):
    """What every page type shares; `publish` (default True) saves a revision and publishes it."""

    title = factory.Sequence(lambda n: f"Page {n}")
    title_ko = factory.Sequence(lambda n: f"페이지 {n}")
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)[:50]}-{n}")
    introduction = factory.Sequence(lambda n: f"Introduction to page {n}.")
    introduction_ko = factory.Sequence(lambda n: f"페이지 {n} 소개입니다.")
    show_in_menus = False
    live = True

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Modeltranslation fields: `title=` must be the English one, whatever a request left active.
        with translation.override(settings.LANGUAGE_CODE):
            return super()._create(model_class, *args, **kwargs)

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and page.live and extracted is not False:
            with translation.override(settings.LANGUAGE_CODE):
                page.save_revision().publish()
            page.refresh_from_db()


class HomePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    title_ko = factory.Sequence(lambda n: f"홈 {n}")
    slug = "home"
    hero_statement = factory.Sequence(lambda n: f"Hero statement {n}.")
    hero_statement_ko = factory.Sequence(lambda n: f"대표 문구 {n}.")
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    title_ko = factory.Sequence(lambda n: f"일반 페이지 {n}")
    body_en = factory.LazyAttribute(lambda page: body(f"Heading of {page.title}", f"Paragraph of {page.title}."))
    body_ko = factory.LazyAttribute(lambda page: korean_of(page.body_en))

    class Meta:
        model = StandardPage


class GreetingPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Greeting {n}")
    title_ko = factory.Sequence(lambda n: f"인사말 {n}")
    lead = factory.Sequence(lambda n: f"Lead statement {n}.")
    lead_ko = factory.Sequence(lambda n: f"인사 문구 {n}.")
    body_en = factory.LazyAttribute(lambda page: [paragraph(f"First paragraph of {page.title}.")])
    body_ko = factory.LazyAttribute(lambda page: korean_of(page.body_en))
    signatory_name = factory.Sequence(lambda n: f"Signatory {n}")
    signatory_name_ko = factory.Sequence(lambda n: f"서명인 {n}")
    signatory_title = "Secretary General"
    signatory_title_ko = "사무총장"
    year = 2026

    class Meta:
        model = GreetingPage


class PriorityIndexPageFactory(BasePageFactory):
    title = "Priorities"
    title_ko = "우선 분야"
    slug = "priorities"
    show_in_menus = True

    class Meta:
        model = PriorityIndexPage


class PriorityPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Priority {n}")
    title_ko = factory.Sequence(lambda n: f"우선순위 {n}")
    short_name = factory.Sequence(lambda n: f"Short {n}")
    short_name_ko = factory.Sequence(lambda n: f"짧은 {n}")
    icon = PriorityPage.Icon.ECONOMY
    summary = factory.Sequence(lambda n: f"Summary of priority {n}.")
    summary_ko = factory.Sequence(lambda n: f"우선순위 {n} 요약.")
    body_en = factory.LazyAttribute(lambda page: body(f"Heading of {page.title}", f"Paragraph of {page.title}."))
    body_ko = factory.LazyAttribute(lambda page: korean_of(page.body_en))
    focus_areas_en = factory.LazyAttribute(
        lambda page: [
            {
                "type": "focus_area",
                "value": {"title": f"Focus {number} of {page.title}", "description": "What is done."},
                "id": block_id(),
            }
            for number in range(1, 4)
        ]
    )
    focus_areas_ko = factory.LazyAttribute(lambda page: korean_of(page.focus_areas_en))

    class Meta:
        model = PriorityPage


class EventIndexPageFactory(BasePageFactory):
    title = "Events"
    title_ko = "행사"
    slug = "events"
    show_in_menus = True

    class Meta:
        model = EventIndexPage


def soon(n):
    return timezone.now() + datetime.timedelta(days=n + 1)


class EventPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    title_ko = factory.Sequence(lambda n: f"행사 {n}")
    starts_at = factory.Sequence(soon)
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))

    class Meta:
        model = EventPage


class HallIndexPageFactory(BasePageFactory):
    title = "Halls"
    title_ko = "홀"
    slug = "halls"
    show_in_menus = True

    class Meta:
        model = HallIndexPage


def weekday_hours(opens=datetime.time(9), closes=datetime.time(18), days=range(5)):
    """Raw weekly hours: one interval on each of `days` (0 is Monday)."""
    return [
        {
            "type": "interval",
            "value": {"weekday": str(day), "opens": opens.isoformat(), "closes": closes.isoformat()},
            "id": block_id(),
        }
        for day in days
    ]


class HallPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Hall {n}")
    title_ko = factory.Sequence(lambda n: f"전시관 {n}")
    address = factory.Sequence(lambda n: f"{n} Test Street\nSeoul")
    address_ko = factory.Sequence(lambda n: f"서울 시험로 {n}\n1층")
    latitude = "37.566900"
    longitude = "126.978400"
    weekly_hours = factory.LazyFunction(weekday_hours)
    closed_on_public_holidays = True
    show_in_menus = True

    class Meta:
        model = HallPage


class ExhibitionPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Exhibition {n}")
    title_ko = factory.Sequence(lambda n: f"전시 {n}")
    opens_on = factory.LazyFunction(lambda: timezone.localdate(timezone.now(), CENTRE_TIME_ZONE))
    closes_on = None

    class Meta:
        model = ExhibitionPage


class OpeningExceptionFactory(DjangoModelFactory):
    date = factory.LazyFunction(lambda: timezone.localdate(timezone.now(), CENTRE_TIME_ZONE))
    is_closed = True
    reason = "Closed for maintenance"

    class Meta:
        model = OpeningException


class NewsIndexPageFactory(BasePageFactory):
    title = "News"
    title_ko = "소식"
    slug = "news"
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class PressContactFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Press officer {n}")
    name_ko = factory.Sequence(lambda n: f"홍보 담당 {n}")
    role = "Press officer"
    role_ko = "홍보 담당관"
    email = factory.Sequence(lambda n: f"press{n}@example.org")
    phone = "+82 2 0000 0000"

    class Meta:
        model = PressContact

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super()._create(model_class, *args, **kwargs)


def recently(n):
    return timezone.now() - datetime.timedelta(hours=n + 1)


class NewsPageFactory(BasePageFactory):
    """A notice by default (press releases need a reference number: pass kind and reference_number)."""

    title = factory.Sequence(lambda n: f"News {n}")
    title_ko = factory.Sequence(lambda n: f"소식 {n}")
    kind = NewsKind.NOTICE
    published_at = factory.Sequence(recently)

    class Meta:
        model = NewsPage


class CountryIndexPageFactory(BasePageFactory):
    title = "ASEAN Member States"
    title_ko = "아세안 회원국"
    slug = "asean"
    show_in_menus = True

    class Meta:
        model = CountryIndexPage


class CountryPageFactory(BasePageFactory):
    """A Member State's page; its titles in the other languages come from the UI catalogues."""

    member_state = "th"
    title = "Thailand"
    title_ko = "태국"
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    capital = "Bangkok"
    capital_ko = "방콕"
    languages = "Thai"
    languages_ko = "태국어"

    class Meta:
        model = CountryPage


class PublicationIndexPageFactory(BasePageFactory):
    title = "Publications"
    title_ko = "발간물"
    slug = "publications"
    show_in_menus = True

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    title_ko = factory.Sequence(lambda n: f"발간물 {n}")
    kind = "research"
    year = 2025
    authors = "Research Unit"
    authors_ko = "연구팀"
    summary = factory.Sequence(lambda n: f"Summary of publication {n}.")
    summary_ko = factory.Sequence(lambda n: f"발간물 {n} 요약.")

    class Meta:
        model = PublicationPage


def pdf_bytes(text="test"):
    """A small, well-formed PDF of one page."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        + text.encode()
    )


class DocumentFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(lambda document: ContentFile(pdf_bytes(document.title), name="report.pdf"))

    class Meta:
        model = Document


class PublicationFileFactory(DjangoModelFactory):
    language = "en"
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = PublicationFile


class FiguresPageFactory(BasePageFactory):
    title = "In figures"
    title_ko = "숫자로 보기"
    slug = "figures"

    class Meta:
        model = FiguresPage


class DatasetFactory(DjangoModelFactory):
    """A dataset of test figures (not real ones); `rows` gives (label, Korean label, value) triples."""

    title = factory.Sequence(lambda n: f"Test figures {n}")
    title_ko = factory.Sequence(lambda n: f"시험 수치 {n}")
    unit = "units"
    unit_ko = "단위"
    source_name = "Test source"
    source_url = "https://example.org/statistics"
    year = 2024

    class Meta:
        model = Dataset
        skip_postgeneration_save = True

    @factory.post_generation
    def rows(dataset, create, extracted, **kwargs):
        for order, (label, label_ko, value) in enumerate(extracted or ()):
            DatasetRow.objects.create(dataset=dataset, sort_order=order, label=label, label_ko=label_ko, value=value)


class ContactPageFactory(BasePageFactory):
    title = "Contact"
    title_ko = "연락처"
    slug = "contact"
    body_en = factory.LazyAttribute(lambda page: body("Which team to write to", "Paragraph of the contact page."))
    body_ko = factory.LazyAttribute(lambda page: korean_of(page.body_en))
    confirmation = "The team will answer within a week."
    confirmation_ko = "담당 팀이 일주일 안에 답변합니다."

    class Meta:
        model = ContactPage


class InquiryFactory(DjangoModelFactory):
    topic = InquiryTopic.GENERAL
    name = factory.Sequence(lambda n: f"Visitor {n}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.org")
    message = "A question about the Centre."
    language = "en"
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Inquiry


class SiteFactory(wagtail_factories.SiteFactory):
    hostname = "localhost"
    port = 80
    site_name = "Test site"
    is_default_site = True

    class Meta:
        model = Site
        django_get_or_create = ("hostname", "port")


class OrganisationSettingsFactory(DjangoModelFactory):
    # The English name is the model's default, the Centre's; the other languages' names come from
    # the UI catalogues unless the settings give one, as the Korean here.
    organisation_name_ko = "시험 센터"
    address = "1 Test Street\nSeoul"
    address_ko = "서울 시험로 1"

    class Meta:
        model = OrganisationSettings


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        """groups=["Translators"]: the names of groups the user joins."""
        if create and extracted:
            user.groups.add(*(Group.objects.get(name=name) for name in extracted))


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True


PRIORITY_SLUGS_AND_ICONS = (
    ("economy", PriorityPage.Icon.ECONOMY),
    ("culture-and-tourism", PriorityPage.Icon.CULTURE),
    ("youth-and-future-generations", PriorityPage.Icon.PEOPLE),
    ("partnerships", PriorityPage.Icon.PARTNERSHIP),
)


def build_site():
    """A small site of every page type, shaped as the real one (same addresses), with factory text.

    home/ ── about/ (greetings/, accessibility/, privacy/) ── priorities/ (four priorities, economy
    first) ── events/ (three upcoming events) ── halls/ (seoul/ with two current exhibitions, jeju/)
    ── news/ (a press release of the economy priority, a notice, a photo report)
    ── asean/ (thailand/) ── publications/ (one publication without files, figures/ without figures)
    ── contact/.
    Returns the pages by name.
    """
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page
    home = HomePageFactory()
    pages = {"home": home}
    pages["about"] = StandardPageFactory(parent=home, title="About", title_ko="소개", slug="about", show_in_menus=True)
    pages["greeting"] = GreetingPageFactory(parent=pages["about"], slug="greetings")
    pages["accessibility"] = StandardPageFactory(parent=pages["about"], title="Accessibility", slug="accessibility")
    pages["privacy"] = StandardPageFactory(parent=pages["about"], title="Privacy", slug="privacy")
    pages["priority_index"] = PriorityIndexPageFactory(parent=home)
    pages["priorities"] = [
        PriorityPageFactory(parent=pages["priority_index"], slug=slug, icon=icon)
        for slug, icon in PRIORITY_SLUGS_AND_ICONS
    ]
    pages["event_index"] = EventIndexPageFactory(parent=home)
    pages["events"] = [EventPageFactory(parent=pages["event_index"]) for _ in range(3)]
    pages["hall_index"] = HallIndexPageFactory(parent=home)
    seoul = HallPageFactory(parent=pages["hall_index"], slug="seoul")
    jeju = HallPageFactory(parent=pages["hall_index"], slug="jeju")
    pages["halls"] = [seoul, jeju]
    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    pages["exhibitions"] = [
        ExhibitionPageFactory(parent=seoul, opens_on=today - datetime.timedelta(days=30)),
        ExhibitionPageFactory(parent=seoul, opens_on=today - datetime.timedelta(days=400), closes_on=None),
    ]
    pages["news_index"] = NewsIndexPageFactory(parent=home)
    pages["news"] = [
        NewsPageFactory(
            parent=pages["news_index"],
            kind=NewsKind.PRESS_RELEASE,
            reference_number="PR/26-1",
            press_contact=PressContactFactory(),
            priority=pages["priorities"][0],
        ),
        NewsPageFactory(parent=pages["news_index"], kind=NewsKind.NOTICE),
        NewsPageFactory(parent=pages["news_index"], kind=NewsKind.PHOTO_REPORT),
    ]
    pages["country_index"] = CountryIndexPageFactory(parent=home, show_in_menus=False)
    pages["countries"] = [CountryPageFactory(parent=pages["country_index"])]  # Thailand
    pages["publication_index"] = PublicationIndexPageFactory(parent=home, show_in_menus=False)
    pages["publications"] = [PublicationPageFactory(parent=pages["publication_index"])]
    pages["figures"] = FiguresPageFactory(parent=pages["publication_index"])
    pages["contact"] = ContactPageFactory(parent=home)
    site = SiteFactory(root_page=home, site_name="Test Centre")
    Site.objects.exclude(pk=site.pk).delete()
    OrganisationSettingsFactory(
        site=site,
        contact_page=pages["contact"],
        accessibility_page=pages["accessibility"],
        privacy_page=pages["privacy"],
    )
    return pages
