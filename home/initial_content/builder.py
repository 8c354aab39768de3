"""Builds the site's starting content through the models, in English and Korean.

Idempotent by design: a page that already exists (same parent, same slug) is left exactly as it
is, so running the build again never duplicates pages nor overwrites what editors changed.
"""

from contextlib import contextmanager
from pathlib import Path

from django.db import transaction
from django.utils import translation
from django.utils.html import escape

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from akc_site.languages import SOURCE_LANGUAGE
from home.initial_content import pages as content
from home.models import HomePage
from pages.models import GreetingPage, OrganisationSettings, PriorityIndexPage, PriorityPage, StandardPage

CONTENT_DIR = Path(__file__).resolve().parent
GREETING_FILES = {"en": "secretary-general-greeting.en.txt", "ko": "secretary-general-greeting.ko.txt"}


def read_greeting(language):
    """Split a greeting text file into its title, lead, paragraphs and signature line.

    Blocks are separated by blank lines: the title, the lead statement, then the paragraphs; the
    file's last line is the signature.
    """
    text = (CONTENT_DIR / GREETING_FILES[language]).read_text(encoding="utf-8").strip()
    *body_lines, signature = text.splitlines()
    blocks = [block.strip() for block in "\n".join(body_lines).split("\n\n") if block.strip()]
    title, lead, *paragraphs = blocks
    return {"title": title, "lead": lead, "paragraphs": paragraphs, "signature": signature.strip()}


def raw_stream(blocks):
    """[(block type, value)] from the content module → StreamField's raw JSON form."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def set_translations(page, field_name, values):
    for language, value in values.items():
        setattr(page, build_localized_fieldname(field_name, language), value)


def fill(page, spec, text_fields=(), stream_fields=()):
    """Copy a content spec's translated text and StreamFields onto a page."""
    for name in ("title", "introduction", "search_description", *text_fields):
        if name in spec:
            set_translations(page, name, spec[name])
    for name, to_raw in stream_fields:
        if name in spec:
            set_translations(page, name, {language: to_raw(value) for language, value in spec[name].items()})
    page.slug = spec.get("slug", page.slug)
    return page


def focus_area_stream(areas):
    return [{"type": "focus_area", "value": area} for area in areas]


class InitialContentBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = []

    @contextmanager
    def transaction(self):
        """Everything in the source language, all or nothing."""
        with translation.override(SOURCE_LANGUAGE), transaction.atomic():
            yield

    def build(self):
        with self.transaction():
            home = self.home_page()
            self.organisation_settings(Site.objects.get(root_page=home))
            about = self.child(home, StandardPage, content.ABOUT, stream_fields=[("body", raw_stream)])
            self.child(
                about,
                GreetingPage,
                self.greeting_spec(),
                text_fields=("lead", "signatory_name", "signatory_title"),
                stream_fields=[("body", raw_stream)],
                extra={"year": content.GREETING["year"]},
            )
            standard_pages = {
                spec["slug"]: self.child(about, StandardPage, spec, stream_fields=[("body", raw_stream)], in_menu=False)
                for spec in content.STANDARD_PAGES
            }
            self.link_footer_pages(home, standard_pages)
            priority_index = self.child(home, PriorityIndexPage, content.PRIORITY_INDEX)
            for spec in content.PRIORITIES:
                self.child(
                    priority_index,
                    PriorityPage,
                    spec,
                    text_fields=("short_name", "summary"),
                    stream_fields=[("body", raw_stream), ("focus_areas", focus_area_stream)],
                    extra={"icon": spec["icon"]},
                )
        return self.created

    def greeting_spec(self):
        spec = dict(content.GREETING)
        texts = {language: read_greeting(language) for language in GREETING_FILES}
        spec["lead"] = {language: text["lead"] for language, text in texts.items()}
        spec["body"] = {
            language: [("paragraph", f"<p>{escape(paragraph)}</p>") for paragraph in text["paragraphs"]]
            for language, text in texts.items()
        }
        return spec

    def home_page(self):
        home = HomePage.objects.first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first()
        # Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page; replace it.
        for placeholder in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            placeholder.delete()
        home = fill(HomePage(slug="home"), content.HOME, text_fields=("hero_statement",))
        root.add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = content.ORGANISATION["organisation_name"][SOURCE_LANGUAGE]
        site.save()
        self.note(home)
        return home

    def organisation_settings(self, site):
        if OrganisationSettings.objects.filter(site=site).exists():
            return
        details = OrganisationSettings(site=site)
        for name, value in content.ORGANISATION.items():
            if isinstance(value, dict):
                set_translations(details, name, value)
            else:
                setattr(details, name, value)
        details.save()
        self.log("Created the organisation details.")

    def link_footer_pages(self, home, standard_pages):
        details = OrganisationSettings.for_site(Site.objects.get(root_page=home))
        if details.accessibility_page_id or details.privacy_page_id:
            return  # chosen already, by this build or by an editor
        details.accessibility_page = standard_pages.get("accessibility")
        details.privacy_page = standard_pages.get("privacy")
        details.save()

    def child(
        self, parent, page_class, spec, text_fields=(), stream_fields=(), extra=None, in_menu=True, instance=None
    ):
        """The child of `parent` with the spec's slug: created and published if missing, else as it is."""
        existing = parent.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            return existing.specific
        page = instance or page_class(show_in_menus=in_menu, **(extra or {}))
        fill(page, spec, text_fields, stream_fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.note(page)
        return page

    def note(self, page):
        self.created.append(page)
        self.log(f"Created {page.specific_class._meta.verbose_name}: {page.url_path}")
