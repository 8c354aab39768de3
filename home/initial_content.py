"""The site's starting content, built through the models from the data in content/.

content/*.yaml hold the pages and settings in English (content/pages.yaml describes the format);
content/locale/<lang>.po hold their translations, one file per language. The load is idempotent:
a page that exists (same parent, same slug) is left exactly as it is, and so are existing settings.
Only what a run creates gets the content's values and translations, so running it again never
duplicates pages nor overwrites what editors changed.

Translations go through the translators' own PO import (translations.po.import_po). The content's
PO files name pages by path (`page:/about/|title`), which stays the same from one database to the
next; the import names them by id (`page:12|title`), so the entries of the pages created are mapped
to their ids first (page_contexts_to_ids). A PO file whose header says
`X-Review-State: awaiting review` (made without a translator) leaves its translations awaiting a
translator's review in the workbench, and visitors are told so.
"""

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
import yaml
from taggit.managers import TaggableManager

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.fields import StreamField
from wagtail.models import Page, Site

from akc_site.languages import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from pages.fallback import translated_field_names
from programmes.opening_hours import CENTRE_TIME_ZONE
from translations.po import FUZZY, TranslationImportError, import_po, read_po
from translations.tracking import mark_awaiting_review
from translations.units import field_units, localized

CONTENT_DIR = Path(settings.BASE_DIR) / "content"
PAGE_CONTEXT = "page:"
SETTINGS_CONTEXT = "settings:"
# Keys of a page in the YAML that are not fields of its model.
PAGE_KEYS = {"type", "slug", "parent", "children", "lead_and_body_from"}
# The import's problems start with the line of the file it read: the mapped copy, not ours.
IMPORT_LINE = re.compile(r"^Line (\d+): ")
TIME_FORMATS = ("%H:%M", "%H:%M:%S")
REVIEW_STATE_HEADER = "X-Review-State"
AWAITING_REVIEW = "awaiting review"
# Read first, in this order: the site's root and its sections, then the programmes (the menu follows
# the order pages are created); the other files after them, alphabetically.
FIRST_CONTENT_FILES = ("pages.yaml", "programmes.yaml")


def content_file_order(path):
    if path.name in FIRST_CONTENT_FILES:
        return (FIRST_CONTENT_FILES.index(path.name), "")
    return (len(FIRST_CONTENT_FILES), path.name)


class ContentError(Exception):
    """The content cannot be loaded; `problems` says why, one sentence each. Nothing was changed."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class PageSpec:
    """One page of the content: its path below the site root ("/about/greetings/"), its model and
    its English values by field name (StreamFields as raw blocks, relative dates as written)."""

    path: str
    parent: str | None
    model: type
    slug: str
    values: dict
    source: str

    @property
    def label(self):
        return self.model._meta.label


@dataclass
class Content:
    site: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)  # settings model → {field name: value}
    pages: list = field(default_factory=list)  # PageSpec, parents before their children


def page_path(parent, slug):
    return "/" if parent is None else f"{parent}{slug}/"


def read_greeting(path):
    """A greeting text file's lead and paragraphs. Blocks of lines are separated by blank lines:
    the heading, the lead, then the paragraphs; the file's last line (the signature) is left out."""
    text = path.read_text(encoding="utf-8").strip()
    *body_lines, _signature = text.splitlines()
    blocks = [block.strip() for block in "\n".join(body_lines).split("\n\n") if block.strip()]
    _heading, lead, *paragraphs = blocks
    return lead, paragraphs


def greeting_values(path):
    lead, paragraphs = read_greeting(path)
    body = [
        {"type": "paragraph", "id": f"paragraph-{number}", "value": f"<p>{escape(paragraph)}</p>"}
        for number, paragraph in enumerate(paragraphs, start=1)
    ]
    return {"lead": lead, "body": body}


class _Reader:
    """Reads and checks the YAML files, collecting every problem before giving up."""

    def __init__(self, directory):
        self.directory = directory
        self.content = Content()
        self.problems = []
        self.paths = set()
        self.settings = []

    def read(self):
        files = sorted(self.directory.glob("*.yaml"), key=content_file_order)
        if not files:
            raise ContentError([f"{self.directory}: no content files (*.yaml)."])
        for path in files:
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError) as error:
                self.problems.append(f"{path.name}: not valid YAML: {error}")
                continue
            self.document(path.name, data)
        for source, label, values in self.settings:  # after the pages they may refer to
            model = self.model(source, label, label)
            if model is not None and self.fields(source, label, model, values):
                self.content.settings[model] = values
        if self.content.pages and self.content.pages[0].parent is not None:
            self.problems.append(f"{self.content.pages[0].source}: the first page must be the site's root (no parent).")
        if self.problems:
            raise ContentError(self.problems)
        return self.content

    def document(self, source, data):
        if data is None:
            return
        if not isinstance(data, dict) or not set(data) <= {"site", "settings", "pages"}:
            self.problems.append(f"{source}: expected a mapping with the keys site, settings and pages.")
            return
        if not isinstance(data.get("site", {}), dict) or not isinstance(data.get("settings", {}), dict):
            self.problems.append(f"{source}: site and settings must be mappings.")
            return
        self.content.site.update(data.get("site") or {})
        self.settings += [(source, label, values) for label, values in (data.get("settings") or {}).items()]
        pages = data.get("pages") or []
        if not isinstance(pages, list):
            self.problems.append(f"{source}: pages must be a list.")
            return
        for item in pages:
            self.page(source, item, parent=None, nested=False)

    def model(self, source, where, label):
        try:
            return apps.get_model(label)
        except (LookupError, ValueError, TypeError):
            self.problems.append(f"{source}: {where}: unknown model {label!r} (expected app_label.ModelName).")
            return None

    def page(self, source, item, parent, nested):
        if not isinstance(item, dict) or not isinstance(item.get("slug"), str) or "type" not in item:
            self.problems.append(f"{source}: a page below {parent or 'the root'} needs a type and a slug: {item!r:.80}")
            return
        if not nested:
            parent = item.get("parent")
            if parent is not None and parent not in self.paths:
                self.problems.append(f"{source}: {item['slug']}: the parent {parent!r} is not a page read before it.")
                return
        elif "parent" in item:
            self.problems.append(f"{source}: {item['slug']}: a child page takes its parent from where it is.")
        if parent is None and self.content.pages:
            self.problems.append(f"{source}: {item['slug']}: only the first page may be without a parent.")
            return
        path = page_path(parent, item["slug"])
        model = self.model(source, path, item["type"])
        if model is None:
            return
        if not issubclass(model, Page):
            self.problems.append(f"{source}: {path}: {item['type']} is not a page model.")
            return
        if path in self.paths:
            self.problems.append(f"{source}: {path}: a second page with this path.")
            return
        values = {name: value for name, value in item.items() if name not in PAGE_KEYS}
        if "lead_and_body_from" in item:
            values.update(self.greeting(source, path, item["lead_and_body_from"], values))
        if self.fields(source, path, model, values):
            self.paths.add(path)
            self.content.pages.append(PageSpec(path, parent, model, item["slug"], values, source))
            children = item.get("children") or []
            if not isinstance(children, list):
                self.problems.append(f"{source}: {path}: children must be a list.")
                return
            for child in children:
                self.page(source, child, parent=path, nested=True)

    def greeting(self, source, path, file_name, values):
        if "lead" in values or "body" in values:
            self.problems.append(f"{source}: {path}: lead_and_body_from gives the lead and body; remove them.")
        text_file = self.directory / str(file_name)
        try:
            return greeting_values(text_file)
        except (OSError, ValueError) as error:  # ValueError: fewer blocks than a heading and a lead
            self.problems.append(f"{source}: {path}: cannot read the greeting {file_name!r}: {error}")
            return {}

    def fields(self, source, where, model, values):
        """True when every value fits its field; the problems are noted."""
        if not isinstance(values, dict):
            self.problems.append(f"{source}: {where}: expected a mapping of fields.")
            return False
        before = len(self.problems)
        translated = set(translated_field_names(model))
        for name, value in values.items():
            try:
                model_field = model._meta.get_field(name)
            except FieldDoesNotExist:
                self.problems.append(f"{source}: {where}: {model._meta.label} has no field {name!r}.")
                continue
            problem = self.value_problem(model_field, value, name in translated)
            if problem:
                self.problems.append(f"{source}: {where}: {name}: {problem}")
        return len(self.problems) == before

    def value_problem(self, model_field, value, translated):
        if value is None:
            return None
        if isinstance(model_field, TaggableManager):
            return None if isinstance(value, list) and all(isinstance(tag, str) for tag in value) else "a list of tags"
        if isinstance(model_field, models.ForeignKey):
            if not issubclass(model_field.related_model, Page):
                return "only references to pages (by path) can be given."
            return None if value in self.paths else f"{value!r} is not the path of a page read before."
        if isinstance(model_field, models.DateField):
            return relative_date_problem(value, with_time=isinstance(model_field, models.DateTimeField))
        if isinstance(model_field, StreamField):
            return stream_problem(model_field, value, translated)
        if translated and not isinstance(value, str):
            return "a translated field takes text."
        return None


def relative_date_problem(value, with_time):
    expected = "{days_from_today: N, time: 'HH:MM'}" if with_time else "{days_from_today: N}"
    if not isinstance(value, dict) or not isinstance(value.get("days_from_today"), int):
        return f"expected {expected}."
    if set(value) - {"days_from_today", "time"} or with_time != ("time" in value):
        return f"expected {expected}."
    if with_time and parse_time(value["time"]) is None:
        return f"{value['time']!r} is not a time (HH:MM)."
    return None


def parse_time(text):
    for time_format in TIME_FORMATS:
        try:
            return datetime.datetime.strptime(str(text), time_format).time()
        except ValueError:
            continue
    return None


def stream_problem(model_field, blocks, translated):
    if not isinstance(blocks, list):
        return "expected a list of blocks."
    child_blocks = model_field.stream_block.child_blocks
    ids = set()
    for block in blocks:
        if not isinstance(block, dict) or block.get("type") not in child_blocks or "value" not in block:
            return f"{block!r:.80} is not a block (type, id, value) of this field."
        block_id = block.get("id")
        if translated and not (isinstance(block_id, str) and block_id):
            return f"the {block['type']} block {block['value']!r:.40} needs an id: its translations refer to it."
        if block_id is not None and block_id in ids:
            return f"the block id {block_id!r} is used twice."
        ids.add(block_id)
    return None


def read_content(directory=CONTENT_DIR):
    """The content of `directory`'s YAML files, checked; ContentError lists every problem."""
    return _Reader(Path(directory)).read()


def settings_label(model):
    return f"{SETTINGS_CONTEXT}{model._meta.label}"


def source_texts(content):
    """{PO context: English text} of every text of the content a translation can refer to."""
    texts = {}
    for spec in content.pages:
        for name in translated_field_names(spec.model):
            raw = spec.values.get(name)
            if raw is None:
                continue
            for unit in field_units(spec.model, name, raw, [] if isinstance(raw, list) else ""):
                texts["|".join([f"{PAGE_CONTEXT}{spec.path}", name, *unit.path])] = unit.text
    for model, values in content.settings.items():
        for name in translated_field_names(model):
            if isinstance(values.get(name), str) and values[name].strip():
                texts[f"{settings_label(model)}|{name}"] = values[name]
    return texts


def split_page_context(context):
    """(page path, the rest) of a content context `page:/about/|body|…`, else (None, None)."""
    if not (context or "").startswith(PAGE_CONTEXT) or "|" not in context:
        return None, None
    path, rest = context[len(PAGE_CONTEXT) :].split("|", 1)
    return path, rest


def page_contexts_to_ids(po, page_ids):
    """A PO file for the import: the entries of the pages in `page_ids` ({content path: page id}), with
    their contexts as the import knows them (page:/about/|title → page:12|title). Each copy names the
    line of its original in its occurrences. Entries of other pages, and of settings, are left out."""
    mapped = polib.POFile(wrapwidth=po.wrapwidth)
    mapped.metadata = dict(po.metadata)
    for entry in po:
        path, rest = split_page_context(entry.msgctxt)
        if entry.obsolete or path not in page_ids:
            continue
        mapped.append(
            polib.POEntry(
                msgctxt=f"{PAGE_CONTEXT}{page_ids[path]}|{rest}",
                msgid=entry.msgid,
                msgstr=entry.msgstr,
                flags=list(entry.flags),
                occurrences=[("original", str(entry.linenum))],
            )
        )
    return mapped


def is_translated(entry):
    return not entry.obsolete and FUZZY not in entry.flags and bool(entry.msgstr.strip())


def read_translations(directory=CONTENT_DIR):
    """{language: POFile} of `directory`/locale/<lang>.po; ContentError when one cannot be read."""
    translations, problems = {}, []
    for path in sorted((Path(directory) / "locale").glob("*.po")):
        language, name = path.stem, f"locale/{path.name}"
        if language not in TRANSLATION_LANGUAGES:
            problems.append(
                f"{name}: {language!r} is not one of the site's languages ({', '.join(TRANSLATION_LANGUAGES)})."
            )
            continue
        try:
            po = read_po(path.read_bytes())
        except TranslationImportError as error:
            problems += [f"{name}: {problem}" for problem in error.problems]
            continue
        if po.metadata.get("Language", "").strip() != language:
            problems.append(f"{name}: its Language header must be {language!r}.")
            continue
        translations[language] = po
    if problems:
        raise ContentError(problems)
    return translations


def translation_problems(language, po, texts):
    """Each entry of `po` whose context is no text of the content, or whose msgid is not its English."""
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        where = f"locale/{language}.po, line {entry.linenum}"
        english = texts.get(entry.msgctxt)
        if english is None:
            problems.append(f"{where}: {entry.msgctxt!r} is no text of the content.")
        elif entry.msgid != english:
            problems.append(f"{where}: the msgid of {entry.msgctxt!r} is not its English text (changed since?).")
    return problems


def relative_value(value, today, with_time):
    day = today + datetime.timedelta(days=value["days_from_today"])
    if not with_time:
        return day
    return datetime.datetime.combine(day, parse_time(value["time"]), CENTRE_TIME_ZONE)


class InitialContentLoader:
    def __init__(self, directory=CONTENT_DIR, log=print, examples=True):
        self.directory = Path(directory)
        self.log = log
        self.examples = examples  # False: leave out the pages marked is_example, and what is under them
        self.created = []
        self.pages = {}  # content path → the page, found or created

    def load(self):
        """Create what is missing; the pages created. ContentError, and nothing changed, on any problem."""
        content = read_content(self.directory)
        translations = read_translations(self.directory)
        texts = source_texts(content)
        problems = [
            problem for language, po in translations.items() for problem in translation_problems(language, po, texts)
        ]
        if problems:
            raise ContentError(problems)
        self.today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
        with translation.override(SOURCE_LANGUAGE), transaction.atomic():
            new_settings = []
            left_out = set()
            for spec in content.pages:
                if spec.parent in left_out or (not self.examples and spec.values.get("is_example")):
                    left_out.add(spec.path)
                    continue
                self.page(spec, content)
                if spec.parent is None:
                    new_settings = self.create_settings(content, translations)
            for details, values in new_settings:
                self.link_pages(details, values)
            for language, po in translations.items():
                self.translate(language, po)
            self.publish()
        return self.created

    def page(self, spec, content):
        if spec.parent is None:
            existing = spec.model.objects.filter(depth=2).order_by("path").first()
        else:
            existing = self.pages[spec.parent].get_children().filter(slug=spec.slug).first()
        if existing is not None:
            self.pages[spec.path] = existing.specific
            return
        page = spec.model(slug=spec.slug, live=False)  # published with its translations, in publish()
        self.assign(page, spec.values)
        # Example dates are relative to today: keep them off the days their venue is closed.
        movable = spec.values.get("is_example") and hasattr(page, "move_to_a_day_its_venue_is_open")
        if movable and not page.move_to_a_day_its_venue_is_open():
            self.log(f"Could not find a day {spec.path} fits its venue; it keeps its dates.")
        if spec.parent is None:
            self.add_root(page, content.site)
        else:
            self.pages[spec.parent].add_child(instance=page)
        self.pages[spec.path] = page
        self.created.append((spec, page))
        self.log(f"Created {page.specific_class._meta.verbose_name}: {page.url_path}")

    def add_root(self, page, site_values):
        tree_root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first()
        # Wagtail's own migration leaves a "Welcome to your new Wagtail site!" page; replace it. Deleting
        # it deletes the site that points to it too: `site` is saved again below.
        for placeholder in tree_root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            placeholder.delete()
        tree_root.add_child(instance=page)
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = page
        for name, value in site_values.items():
            setattr(site, name, value)
        site.save()

    def assign(self, instance, values):
        """Set the English values on a new page or settings object, before it is saved."""
        model = type(instance)
        translated = set(translated_field_names(model))
        for name, value in values.items():
            model_field = model._meta.get_field(name)
            if isinstance(model_field, TaggableManager):
                getattr(instance, name).add(*(value or []))  # a page's tags are kept until it is saved
                continue
            if value is not None and isinstance(model_field, models.ForeignKey):
                value = self.pages[value]
            elif value is not None and isinstance(model_field, models.DateField):
                value = relative_value(value, self.today, isinstance(model_field, models.DateTimeField))
            setattr(instance, localized(name, SOURCE_LANGUAGE) if name in translated else name, value)

    def create_settings(self, content, translations):
        """Each settings model the site has none of, created with the content's values but the page
        links (set once the pages exist); [(settings, page link values)]."""
        site = Site.objects.get(root_page=self.pages["/"])
        created = []
        for model, values in content.settings.items():
            if model.objects.filter(site=site).exists():
                continue
            links = {
                name: value
                for name, value in values.items()
                if isinstance(model._meta.get_field(name), models.ForeignKey)
            }
            details = model(site=site)
            self.assign(details, {name: value for name, value in values.items() if name not in links})
            for language, po in translations.items():
                for entry in po:
                    if entry.msgctxt.startswith(f"{settings_label(model)}|") and is_translated(entry):
                        setattr(details, localized(entry.msgctxt.split("|", 1)[1], language), entry.msgstr)
            details.save()
            created.append((details, links))
            self.log(f"Created the {model._meta.verbose_name}.")
        return created

    def link_pages(self, details, links):
        if links:
            self.assign(details, links)
            details.save()

    def translate(self, language, po):
        """Import the translations of the pages created in this run, through the translators' PO import."""
        mapped = page_contexts_to_ids(po, {spec.path: page.pk for spec, page in self.created})
        if not len(mapped):
            return
        text = str(mapped)
        try:
            import_po(text, language=language)
            if po.metadata.get(REVIEW_STATE_HEADER, "").strip() == AWAITING_REVIEW:
                mark_awaiting_review([page.pk for _spec, page in self.created], language)
        except TranslationImportError as error:
            originals = {entry.linenum: entry.occurrences[0][1] for entry in polib.pofile(text)}
            raise ContentError(
                [
                    IMPORT_LINE.sub(
                        lambda match: f"locale/{language}.po, line {originals.get(int(match[1]), '?')}: ", problem
                    )
                    for problem in error.problems
                ]
            ) from None

    def publish(self):
        """Publish each page created, with its translations: the import saved them as a draft."""
        for _spec, page in self.created:
            page = Page.objects.get(pk=page.pk).specific
            revision = page.get_latest_revision() or page.save_revision()
            revision.publish()
