"""Which translations are complete, missing or outdated, per page and language.

A field needs a translation when its English text has content. In a language it is *missing* when
the translation is empty (visitors get the English text, with the fallback notice), and
*outdated* when the English text changed after the translation was last saved (the fingerprints
kept by translations/tracking.py differ). A translation made without a translator (the starting
content's) is *awaiting review* until a translator confirms it. A page is complete in a language
when no field is any of these. Pages are read as editors last saved them (their latest revision when they have
unpublished changes), in a fixed number of queries: one per page type, one for the revisions and
one for the fingerprints. Translated snippets (press contacts, datasets: translations/snippets.py)
are reported the same way, one query per snippet model.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, get_page_models

from akc_site.languages import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from pages.models import BasePage
from translations.models import TranslationRecord
from translations.snippets import display_title, owner_key, type_label
from translations.units import has_content, localized, page_values, text_hash, translatable_fields, working_values

COMPLETE = "complete"
MISSING = "missing"
OUTDATED = "outdated"
AWAITING_REVIEW = "awaiting_review"
STATES = [
    (COMPLETE, _("Complete")),
    (MISSING, _("Missing")),
    (OUTDATED, _("Outdated")),
    (AWAITING_REVIEW, _("Awaiting review")),
]
STATE_LABELS = dict(STATES)


@dataclass
class PageTranslation:
    """The state of one page (or translated snippet) in one language."""

    page: Page
    language: str
    missing: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)
    awaiting_review: list[str] = field(default_factory=list)

    @property
    def state(self):
        if self.missing:
            return MISSING
        if self.outdated:
            return OUTDATED
        return AWAITING_REVIEW if self.awaiting_review else COMPLETE

    @property
    def is_complete(self):
        return self.state == COMPLETE

    @property
    def is_page(self):
        return isinstance(self.page, Page)

    @property
    def title(self):
        return display_title(self.page)

    @property
    def type_label(self):
        return type_label(self.page)

    def field_labels(self, names):
        model = type(self.page)
        return [capfirst(model._meta.get_field(name).verbose_name) for name in names]

    @property
    def missing_labels(self):
        return self.field_labels(self.missing)

    @property
    def outdated_labels(self):
        return self.field_labels(self.outdated)


def translatable_page_models():
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def translatable_pages(page_models=None):
    """Every page of the translatable types (or of `page_models`), as specific pages in tree order."""
    content_types = ContentType.objects.get_for_models(*(page_models or translatable_page_models())).values()
    return list(Page.objects.filter(content_type__in=content_types).order_by("path").specific())


def noted_translations(languages):
    """{(owner, field name, language): (fingerprint of the English text the translation follows,
    whether it awaits review)}; the owner is a page's id or a snippet's (content type id, id)
    (translations.snippets.owner_key)."""
    rows = TranslationRecord.objects.filter(language__in=languages).values_list(
        "page_id", "content_type_id", "object_id", "field_name", "language", "source_hash", "awaiting_review"
    )
    return {
        (page if page is not None else (content_type, object_id), name, language): (source_hash, awaiting)
        for page, content_type, object_id, name, language, source_hash, awaiting in rows
    }


def working_item_values(items):
    """{owner key: raw values} of pages as editors last saved them and of snippets as they are."""
    pages = [item for item in items if isinstance(item, Page)]
    values = working_values(pages)
    values.update({owner_key(item): page_values(item) for item in items if not isinstance(item, Page)})
    return values


def translation_states(pages, languages=TRANSLATION_LANGUAGES):
    """[PageTranslation] for each page (or snippet) and language, in their order, then language order."""
    values = working_item_values(pages)
    recorded = noted_translations(languages)
    states = []
    for page in pages:
        model = type(page)
        key = owner_key(page)
        item_values = values[key]
        by_language = {language: PageTranslation(page, language) for language in languages}
        for name in translatable_fields(model):
            english = item_values[localized(name, SOURCE_LANGUAGE)]
            if not has_content(model, name, english):
                continue
            english_hash = None
            for language in languages:
                if not has_content(model, name, item_values[localized(name, language)]):
                    by_language[language].missing.append(name)
                    continue
                noted = recorded.get((key, name, language))
                if noted is not None:
                    source_hash, awaiting_review = noted
                    english_hash = english_hash or text_hash(model, name, english)
                    if source_hash != english_hash:
                        by_language[language].outdated.append(name)
                    elif awaiting_review:
                        by_language[language].awaiting_review.append(name)
        states += by_language.values()
    return states


def totals(states, languages=TRANSLATION_LANGUAGES):
    """{language: (pages complete, pages)}; snippets are listed but not counted as pages."""
    counts = {language: [0, 0] for language in languages}
    for state in states:
        if not state.is_page:
            continue
        counts[state.language][1] += 1
        counts[state.language][0] += state.is_complete
    return {language: tuple(count) for language, count in counts.items()}
