"""Content translations as gettext PO files: export one language, import it back.

Each entry is one unit of text (translations/units.py): `msgid` is the English text,
`msgstr` the translation, and `msgctxt` says where it lives, stable across exports:

    page:12|title                                  a page field
    page:12|body|<block id>|text                   text in a StreamField block
    page:12|body|<block id>|image|alt_text         … in a block within a block

Entries whose translation is outdated (the English changed since) are exported as *fuzzy*; as with
gettext, a fuzzy entry is not imported until the translator clears the flag. An import is one
transaction: any problem (another language, a malformed file, English that changed since the
export, a context that matches nothing, invalid rich text, text too long, a page the user may
not edit or that is locked) is reported and nothing is changed. Otherwise each changed page gets a
new revision, published when the user may publish it and it had no other unpublished changes,
else saved as a draft (and optionally submitted for moderation).
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

import polib

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from akc_site.languages import NATIVE_NAMES, SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from pages.models import BasePage
from translations.report import noted_translations, translatable_pages, working_item_values
from translations.rich_text_check import checked_translation
from translations.snippets import (
    SNIPPET_PART,
    context_prefix,
    owner_key,
    snippet_edit_url,
    snippet_model_named,
    translatable_snippets,
)
from translations.tracking import note_translations
from translations.units import (
    field_units,
    has_content,
    localized,
    page_values,
    stream_block_of,
    text_hash,
    translatable_fields,
    translated_stream,
)

FUZZY = "fuzzy"
PAGE_PART = re.compile(r"page:[0-9]{1,20}")
MAX_PAGE_ID = BaseDatabaseOperations.integer_field_ranges[Page._meta.pk.get_internal_type()][1]
PUBLISHED = "published"
DRAFT = "draft"
SUBMITTED = "submitted"
SAVED = "saved"  # a snippet, which has no drafts


def unit_context(item, unit):
    return "|".join([context_prefix(item), unit.field, *unit.path])


def parse_context(context):
    """(owner, field name, block path) from a msgctxt, or None when it is not one of ours. The owner
    is a page's id (ASCII digits, within the range of the database's page ids: a larger number is
    no page) or a translated snippet's (model, id)."""
    parts = (context or "").split("|")
    if len(parts) < 2:
        return None
    if PAGE_PART.fullmatch(parts[0]):
        owner = int(parts[0][5:])
    elif match := SNIPPET_PART.fullmatch(parts[0]):
        model = snippet_model_named(match[1], match[2])
        owner = (model, int(match[3])) if model is not None else None
    else:
        return None
    if owner is None or (owner[1] if isinstance(owner, tuple) else owner) > MAX_PAGE_ID:
        return None
    return owner, parts[1], tuple(parts[2:])


def file_name(language):
    return f"akc-content-{language}.po"


def _describe(item, model, unit, language, outdated, awaiting_review):
    field_label = capfirst(model._meta.get_field(unit.field).verbose_name)
    if isinstance(item, Page):
        where = _("Page %(id)s: %(title)s (%(type)s)") % {
            "id": item.pk,
            "title": item.draft_title or item.title,
            "type": model._meta.verbose_name,
        }
        edit_url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    else:
        where = _("Snippet %(id)s: %(title)s (%(type)s)") % {
            "id": item.pk,
            "title": str(item),
            "type": model._meta.verbose_name,
        }
        edit_url = snippet_edit_url(item)
    lines = [where, " > ".join([str(field_label), *unit.labels])]
    if edit_url:
        lines.append(f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{edit_url}?language={language}")
    if unit.is_rich_text:
        lines.append(_("Rich text: keep the HTML tags and their attributes; translate the text between them."))
    if unit.max_length:
        lines.append(_("At most %(count)s characters.") % {"count": unit.max_length})
    if outdated:
        lines.append(_("The English text changed after this translation was saved: check it, then clear 'fuzzy'."))
    elif awaiting_review:
        lines.append(_("No translator has reviewed this translation yet: check it, then clear 'fuzzy'."))
    return "\n".join(lines)


def pages_user_may_edit(user):
    """The ids of the pages `user` may edit, as Wagtail's page permissions decide (the import's check)."""
    return set(
        PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"]).values_list("pk", flat=True)
    )


def export_po(language, only_missing=False, user=None):
    """A POFile with the content of every translatable page for `language`; with a `user`, only of the
    pages that user may edit."""
    pages = translatable_pages()
    if user is not None:
        editable = pages_user_may_edit(user)
        pages = [page for page in pages if page.pk in editable]
    values = working_item_values([*pages, *translatable_snippets()])
    recorded = noted_translations([language])
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": "ASEAN-Korea Centre website content",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Language": language,
        "Language-Team": NATIVE_NAMES[language],
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": "akc-site export_translations",
    }
    items = [*pages, *translatable_snippets()]
    for item in items:
        item_values = values[owner_key(item)]
        for entry in _item_entries(item, item_values, language, recorded, only_missing):
            po.append(entry)
    return po


def _item_entries(item, values, language, recorded, only_missing):
    """The PO entries of one page or snippet (its raw `values`) for `language`."""
    model, key = type(item), owner_key(item)
    for name in translatable_fields(model):
        english = values[localized(name, SOURCE_LANGUAGE)]
        translation = values[localized(name, language)]
        units = field_units(model, name, english, translation)
        if not units:
            continue
        source_hash, awaiting_review = recorded.get((key, name, language), (None, False))
        outdated = has_content(model, name, translation) and source_hash not in (None, text_hash(model, name, english))
        awaiting_review = awaiting_review and not outdated
        for unit in units:
            translated = bool(unit.translation.strip())
            if only_missing and translated and not (outdated or awaiting_review):
                continue
            yield polib.POEntry(
                msgctxt=unit_context(item, unit),
                msgid=unit.text,
                msgstr=unit.translation if translated else "",
                comment=_describe(item, model, unit, language, outdated, awaiting_review),
                flags=[FUZZY] if (outdated or awaiting_review) and translated else [],
            )


class TranslationImportError(Exception):
    """The file cannot be imported; `problems` says why, one sentence each. Nothing was changed."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class PageChange:
    page: Page
    fields: list[str]
    outcome: str


@dataclass
class ImportResult:
    language: str
    changes: list[PageChange] = field(default_factory=list)
    applied: int = 0
    unchanged: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    def summary(self):
        pages = sum(isinstance(change.page, Page) for change in self.changes)
        summary = _(
            "%(language)s: %(pages)s pages changed, %(applied)s texts applied, %(unchanged)s already up to "
            "date, %(fuzzy)s fuzzy and %(untranslated)s untranslated entries left out."
        ) % {
            "language": self.language,
            "pages": pages,
            "applied": self.applied,
            "unchanged": self.unchanged,
            "fuzzy": self.fuzzy,
            "untranslated": self.untranslated,
        }
        if snippets := len(self.changes) - pages:
            summary += " " + _("Snippets changed: %(count)s.") % {"count": snippets}
        return summary


@dataclass
class _PagePlan:
    page: Page
    draft: Page
    values: dict
    units: dict = field(default_factory=dict)  # field name → {path: Unit}
    translations: dict = field(default_factory=lambda: defaultdict(dict))  # field name → {path: text}
    held_back: set = field(default_factory=set)  # fields with a fuzzy or empty entry
    publishable: bool = False  # live, with no other unpublished changes and no moderation under way
    workflow_in_progress: bool = False

    def __post_init__(self):
        page = self.page
        self.workflow_in_progress = page.workflow_in_progress
        self.publishable = page.live and not page.has_unpublished_changes and not self.workflow_in_progress

    def changed_fields(self):
        return [
            name
            for name, texts in self.translations.items()
            if any(self.units[name][path].translation != text for path, text in texts.items())
        ]


@dataclass
class _SnippetPlan(_PagePlan):
    """A snippet has no revisions, moderation or publishing: its translations are saved to it."""

    def __post_init__(self):
        pass


def read_po(content):
    """A POFile from the bytes or text of an uploaded file; TranslationImportError when malformed."""
    try:
        if isinstance(content, bytes):
            content = content.decode("utf-8")
        content = content.lstrip("\ufeff")
        if "\n" not in content.strip():  # polib would take a single line for a file name
            raise ValueError(_("the file is empty or has a single line"))
        # polib's own duplicate check scans the whole list for each entry (30,000 entries took
        # minutes); a set of (context, English text), as gettext defines a duplicate, is linear.
        po = polib.pofile(content)
        seen = set()
        for entry in po:
            key = (entry.msgctxt, entry.msgid, entry.obsolete)
            if key in seen:
                raise ValueError(
                    _("the entry %(msgid)r (context %(context)r) appears twice")
                    % {
                        "msgid": entry.msgid[:80],
                        "context": entry.msgctxt,
                    }
                )
            seen.add(key)
        return po
    except (UnicodeDecodeError, ValueError, OSError) as error:
        raise TranslationImportError([_("The file is not a valid PO file: %(error)s") % {"error": error}]) from None


def _file_language(po, expected):
    found = (po.metadata.get("Language") or "").strip()
    if found not in TRANSLATION_LANGUAGES:
        raise TranslationImportError(
            [
                _("The file's Language header (%(found)r) names none of the languages translated here.")
                % {"found": found}
            ]
        )
    if expected and found != expected:
        raise TranslationImportError(
            [
                _("The file is for %(found)s (%(found_code)s), not %(expected)s (%(expected_code)s).")
                % {
                    "found": NATIVE_NAMES[found],
                    "found_code": found,
                    "expected": NATIVE_NAMES[expected],
                    "expected_code": expected,
                }
            ]
        )
    return found


def _user_problems(page, user):
    problems = []
    if user is not None and not page.permissions_for_user(user).can_edit():
        problems.append(_("you may not edit page %(id)s (%(title)s)"))
    lock = page.get_lock()
    if lock is not None and lock.for_user(user or AnonymousUser()):
        problems.append(_("page %(id)s (%(title)s) is locked"))
    return [problem % {"id": page.pk, "title": page.draft_title} for problem in problems]


def _plan(po, language, user):
    """What the file would change, page by page, and every problem with it."""
    problems, result = [], ImportResult(language)
    entries_by_page = defaultdict(list)
    for entry in po:
        if entry.obsolete:
            continue
        parsed = parse_context(entry.msgctxt)
        if parsed is None:
            problems.append(
                _("Line %(line)s: unknown context %(context)r.") % {"line": entry.linenum, "context": entry.msgctxt}
            )
            continue
        entries_by_page[parsed[0]].append((entry, parsed[1], parsed[2]))

    page_ids = [owner for owner in entries_by_page if isinstance(owner, int)]
    pages = Page.objects.filter(pk__in=page_ids).specific()
    pages = {page.pk: page for page in pages if isinstance(page, BasePage)}
    plans = []
    for owner, entries in entries_by_page.items():
        if isinstance(owner, tuple):
            plan = _snippet_plan(owner, entries, problems)
            if plan is None:
                continue
            problems += _plan_entries(plan, entries, language, result)
            if plan.translations or plan.held_back:
                plans.append(plan)
            continue
        page = pages.get(owner)
        if page is None:
            problems += [
                _("Line %(line)s: unknown context %(context)r (there is no such page).")
                % {"line": entry.linenum, "context": entry.msgctxt}
                for entry, _name, _path in entries
            ]
            continue
        draft = page.get_latest_revision_as_object()
        plan = _PagePlan(page, draft, page_values(draft))
        problems += _plan_entries(plan, entries, language, result)
        if plan.translations or plan.held_back:
            problems += [
                _("Line %(line)s: %(problem)s.") % {"line": entries[0][0].linenum, "problem": problem}
                for problem in _user_problems(page, user)
            ]
            plans.append(plan)
    return plans, problems, result


def _snippet_plan(owner, entries, problems):
    """The plan for a snippet's entries, or None (with the problem noted) when it does not exist."""
    model, pk = owner
    snippet = model.objects.filter(pk=pk).first()
    if snippet is None:
        problems += [
            _("Line %(line)s: unknown context %(context)r (there is no such snippet).")
            % {"line": entry.linenum, "context": entry.msgctxt}
            for entry, _name, _path in entries
        ]
        return None
    return _SnippetPlan(snippet, snippet, page_values(snippet))


def _plan_entries(plan, entries, language, result):
    model = type(plan.draft)
    fields = set(translatable_fields(model))
    problems = []
    for entry, name, path in entries:
        where = {"line": entry.linenum, "context": entry.msgctxt}
        if name not in fields:
            problems.append(_("Line %(line)s: unknown context %(context)r (no such field).") % where)
            continue
        if name not in plan.units:
            source, target = plan.values[localized(name, SOURCE_LANGUAGE)], plan.values[localized(name, language)]
            plan.units[name] = {unit.path: unit for unit in field_units(model, name, source, target)}
        unit = plan.units[name].get(path)
        if unit is None:
            problems.append(_("Line %(line)s: unknown context %(context)r (no such text on the page).") % where)
        elif entry.msgid != unit.text:
            problems.append(
                _("Line %(line)s: the English text of %(context)r changed since the file was exported; export again.")
                % where
            )
        elif FUZZY in entry.flags or not entry.msgstr.strip():
            plan.held_back.add(name)
            if FUZZY in entry.flags:
                result.fuzzy += 1
            else:
                result.untranslated += 1
        else:
            text, text_problems = checked_translation(unit, entry.msgstr)
            problems += [_("Line %(line)s: %(problem)s.") % {**where, "problem": problem} for problem in text_problems]
            plan.translations[name][path] = text
            if text == unit.translation:
                result.unchanged += 1
            else:
                result.applied += 1
    return problems


def _apply(plan, language, user, submit_for_moderation):
    """Write one page's translations as a new revision; the PageChange, or None if nothing changed."""
    draft, model = plan.draft, type(plan.draft)
    changed = plan.changed_fields()
    for name in changed:
        translations = plan.translations[name]
        if stream_block_of(model, name) is None:
            value = translations[()]
        else:
            source, target = plan.values[localized(name, SOURCE_LANGUAGE)], plan.values[localized(name, language)]
            value = translated_stream(model, name, source, target, translations)
        setattr(draft, localized(name, language), value)
    confirmed = {(name, language) for name in plan.translations if name not in plan.held_back}
    if not changed:
        note_translations(draft, confirmed)
        return None
    if isinstance(plan, _SnippetPlan):
        return _save_snippet(draft, changed, confirmed)

    page = plan.page
    try:
        revision = draft.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise TranslationImportError(
            [
                _("Page %(id)s (%(title)s) cannot be saved: %(error)s")
                % {"id": page.pk, "title": page.draft_title, "error": error}
            ]
        ) from None
    note_translations(draft, confirmed)
    if plan.publishable and user is not None and page.permissions_for_user(user).can_publish():
        revision.publish(user=user, log_action=True)
        return PageChange(page, changed, PUBLISHED)
    workflow = draft.get_workflow() if submit_for_moderation and user is not None else None
    if workflow is not None and not plan.workflow_in_progress:
        workflow.start(draft, user)
        return PageChange(page, changed, SUBMITTED)
    return PageChange(page, changed, DRAFT)


def _save_snippet(snippet, changed, confirmed):
    try:
        snippet.full_clean()
    except ValidationError as error:
        raise TranslationImportError(
            [
                _("Snippet %(id)s (%(title)s) cannot be saved: %(error)s")
                % {"id": snippet.pk, "title": str(snippet), "error": error}
            ]
        ) from None
    snippet.save()  # notes the changed translations (translations/signals.py) …
    note_translations(snippet, confirmed)  # … and those the translator confirmed unchanged
    return PageChange(snippet, changed, SAVED)


def import_po(content, user=None, language=None, submit_for_moderation=False):
    """Import a PO file (bytes or text) for `language` (or the language it names) as `user`."""
    po = read_po(content)
    language = _file_language(po, language)
    with transaction.atomic():
        plans, problems, result = _plan(po, language, user)
        if problems:
            raise TranslationImportError(problems)
        for plan in plans:
            change = _apply(plan, language, user, submit_for_moderation)
            if change is not None:
                result.changes.append(change)
    return result
