"""Side by side: one page's English beside its translation into one language, text by text.

In the page editor a long page is every StreamField once per open language. Here each unit of
translatable text (a plain field, or a text inside a block: translations/units.py) is one row, the
English read-only beside an editable translation. Saving merges the changed translations into the
page as editors last saved it (StreamFields through `translated_stream`, as the PO import does) and
saves a new revision by the translator: only the target language's fields change.

A form carries a fingerprint of the English texts it showed; when the English changed in the
meantime the save is refused and what the translator typed is shown again beside the new English.
"""

import hashlib
import json
from collections import defaultdict

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from akc_site.languages import NATIVE_NAMES, SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from pages.models import BasePage
from translations.admin_views import edit_url, user_may_translate
from translations.models import TranslationRecord
from translations.report import AWAITING_REVIEW, COMPLETE, MISSING, OUTDATED, STATE_LABELS
from translations.rich_text_check import checked_translation
from translations.units import (
    has_content,
    localized,
    page_units,
    page_values,
    stream_block_of,
    text_hash,
    translatable_fields,
    translated_stream,
)

PUBLISH = "publish"
FINGERPRINT = "english_fingerprint"
MAX_TEXTAREA_ROWS = 16
CHARACTERS_A_LINE = 70


def side_by_side_url(page, language):
    return reverse("translation_side_by_side", args=[page.pk, language])


def working_copy(page):
    """The page as editors last saved it: its latest revision when it has unpublished changes
    (the rule of units.working_values), else the page itself."""
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page


def unit_name(unit):
    """A form field name for a unit, stable while the English keeps its blocks (as a PO context)."""
    return "|".join((unit.field, *unit.path))


def english_fingerprint(units):
    """What the English looked like when the form was made: every unit's place and text."""
    texts = [[unit.field, list(unit.path), unit.text] for unit in units]
    return hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode()).hexdigest()


def field_states(page, values, language):
    """{field name: state} of the page's translated fields in `language`, by the report's rules
    (translations/report.py), from this page's fingerprints only (one query)."""
    model = type(page)
    records = TranslationRecord.objects.filter(page_id=page.pk, language=language)
    noted = {
        name: (source_hash, awaiting)
        for name, source_hash, awaiting in records.values_list("field_name", "source_hash", "awaiting_review")
    }
    states = {}
    for name in translatable_fields(model):
        english = values[localized(name, SOURCE_LANGUAGE)]
        if not has_content(model, name, english):
            continue
        if not has_content(model, name, values[localized(name, language)]):
            states[name] = MISSING
        elif name in noted and noted[name][0] != text_hash(model, name, english):
            states[name] = OUTDATED
        elif name in noted and noted[name][1]:
            states[name] = AWAITING_REVIEW
        else:
            states[name] = COMPLETE
    return states


def unit_state(unit, states):
    if not unit.translation.strip():
        return MISSING
    return states.get(unit.field, COMPLETE)


class Row:
    """One unit as the template shows it: where it is, its English, its state and its form field."""

    def __init__(self, number, unit, model, state, bound_field):
        self.number = number
        self.unit = unit
        self.label = " › ".join([str(capfirst(model._meta.get_field(unit.field).verbose_name)), *unit.labels])
        self.state = state
        self.state_label = STATE_LABELS[state]
        self.field = bound_field


class SideBySideForm(forms.Form):
    """One textarea per unit, named by `unit_name`; `changes` after validation: {field: {path: text}}."""

    def __init__(self, units, language, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = units
        self.language = language
        self.fields[FINGERPRINT] = forms.CharField(widget=forms.HiddenInput, initial=english_fingerprint(units))
        for number, unit in enumerate(units, start=1):
            lines = sum(len(line) // CHARACTERS_A_LINE + 1 for line in unit.text.splitlines() or [""])
            self.fields[unit_name(unit)] = forms.CharField(
                required=False,
                strip=False,
                initial=unit.translation,
                widget=forms.Textarea(
                    attrs={
                        "rows": min(MAX_TEXTAREA_ROWS, max(2, lines)),
                        "cols": CHARACTERS_A_LINE,
                        "lang": language,
                        "id": f"translation-{number}",
                        "aria-describedby": f"english-{number} hint-{number} errors-{number}",
                        "class": "side-by-side__translation",
                    }
                ),
            )
        self.changes = defaultdict(dict)

    def is_stale(self):
        return self.data.get(FINGERPRINT) != english_fingerprint(self.units)

    def clean(self):
        cleaned_data = super().clean()
        for unit in self.units:
            name = unit_name(unit)
            if name not in cleaned_data:
                continue
            text = cleaned_data[name].replace("\r\n", "\n")  # browsers send a textarea's lines with CR LF
            if text == unit.translation:
                continue  # what is stored is left as it is, checked or not
            if not text.strip() and unit.path:
                self.add_error(
                    name,
                    _("A text inside a block cannot be emptied here; translate it, or remove it in the page editor."),
                )
                continue
            text, problems = checked_translation(unit, text) if text.strip() else ("", [])
            for problem in problems:
                self.add_error(name, capfirst(problem) + ".")
            if not problems and text != unit.translation:
                self.changes[unit.field][unit.path] = text
        return cleaned_data


def merge_translations(draft, values, language, changes):
    """Set the `language` fields of `draft` from `changes` ({field: {path: text}}); nothing else."""
    model = type(draft)
    for name, texts in changes.items():
        if stream_block_of(model, name) is None:
            value = texts[()]
        else:
            source, target = values[localized(name, SOURCE_LANGUAGE)], values[localized(name, language)]
            value = translated_stream(model, name, source, target, texts)
        setattr(draft, localized(name, language), value)


class SideBySideView(WagtailAdminTemplateMixin, View):
    """GET: the rows of one page and language; POST: save them as a draft revision, or publish it."""

    page_title = gettext_lazy("Translate side by side")
    header_icon = "globe"
    template_name = "translations/admin/side_by_side.html"

    def dispatch(self, request, page_id, language):
        if not user_may_translate(request.user):
            raise PermissionDenied
        if language not in TRANSLATION_LANGUAGES:
            raise Http404(_("Unknown language."))
        page = get_object_or_404(Page, pk=page_id).specific
        if not isinstance(page, BasePage):
            raise Http404  # the tree's root and other pages without translated fields
        self.permissions = page.permissions_for_user(request.user)
        if not self.permissions.can_edit():
            raise PermissionDenied
        self.page, self.language = page, language
        self.draft = working_copy(page)
        self.values = page_values(self.draft)
        self.units = page_units(type(self.draft), self.values, language)
        return super().dispatch(request, page_id, language)

    def get_page_subtitle(self):
        return f"{self.page.get_admin_display_title()} ({NATIVE_NAMES[self.language]})"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translation_report"), "label": _("Translation status")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def lock_message(self):
        lock = self.page.get_lock()
        return lock.get_message(self.request.user) if lock is not None and lock.for_user(self.request.user) else ""

    def get(self, request, page_id, language):
        return self.render(SideBySideForm(self.units, language))

    def post(self, request, page_id, language):
        if self.lock_message():
            messages.error(request, _("The page is locked; nothing was saved."))
            return self.render(SideBySideForm(self.units, language, request.POST))
        form = SideBySideForm(self.units, language, request.POST)
        if form.is_stale():
            messages.error(
                request,
                _(
                    "The English text changed after you opened this page, so nothing was saved. What you typed "
                    "is kept below, beside the English as it is now: check it, then save again."
                ),
            )
            return self.render(self.form_keeping_typed_values(request.POST))
        if not form.is_valid():
            messages.error(request, _("Nothing was saved: some translations have problems, shown beside them."))
            return self.render(form)
        if not form.changes:
            messages.info(request, _("No translation changed; nothing was saved."))
            return redirect(side_by_side_url(self.page, language))
        return self.save(form)

    def form_keeping_typed_values(self, data):
        initial = {unit_name(unit): data[unit_name(unit)] for unit in self.units if unit_name(unit) in data}
        return SideBySideForm(self.units, self.language, initial=initial)

    def save(self, form):
        request, page = self.request, self.page
        merge_translations(self.draft, self.values, self.language, form.changes)
        try:
            revision = self.draft.save_revision(user=request.user, log_action=True)
        except ValidationError as error:
            messages.error(request, _("The page cannot be saved: %(error)s") % {"error": " ".join(error.messages)})
            return self.render(form)
        title, language_name = page.get_admin_display_title(), NATIVE_NAMES[self.language]
        if PUBLISH in request.POST and self.permissions.can_publish():
            revision.publish(user=request.user, log_action=True)
            message = _("The %(language)s translation of “%(title)s” is saved and published.")
        else:
            message = _("The %(language)s translation of “%(title)s” is saved as a draft.")
        messages.success(request, message % {"language": language_name, "title": title})
        return redirect(side_by_side_url(page, self.language))

    def rows(self, form):
        model = type(self.draft)
        states = field_states(self.page, self.values, self.language)
        return [
            Row(number, unit, model, unit_state(unit, states), form[unit_name(unit)])
            for number, unit in enumerate(self.units, start=1)
        ]

    def render(self, form):
        rows = self.rows(form)
        context = self.get_context_data(
            page=self.page,
            language=self.language,
            language_name=NATIVE_NAMES[self.language],
            form=form,
            rows=rows,
            rows_with_errors=[row for row in rows if row.field.errors],
            counts={state: sum(row.state == state for row in rows) for state in (MISSING, OUTDATED)},
            can_publish=self.permissions.can_publish(),
            has_unpublished_changes=self.page.has_unpublished_changes,
            lock_message=self.lock_message(),
            editor_url=edit_url(self.page, self.language),
            languages=[(code, NATIVE_NAMES[code], side_by_side_url(self.page, code)) for code in TRANSLATION_LANGUAGES],
        )
        return TemplateResponse(self.request, self.template_name, context)
