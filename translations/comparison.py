"""The revisions' Compare view, per language: "Title (Korean)", and no row for a language left empty.

wagtail-modeltranslation gives the editor one panel per language (`title_ko`, `body_th`, …), so
Wagtail's Compare view already compares each language's field on its own. Two things were wrong
with what it showed: each row was labelled with modeltranslation's "Title [ko]" (and "[ind]" for
Indonesian), and every language the editor never touched was listed as changed, with nothing to
see, because the first save of the edit form turns its empty values (None) into "".

Wagtail picks a field's comparison class from `wagtail.admin.compare`'s registry, by the field's
class and its ancestors; every modeltranslation field class starts with `TranslationField`, so one
registration covers the translated fields of every model, in pages, snippets and inline panels.
"""

import functools

from django.utils.text import capfirst
from django.utils.translation import get_language_info, pgettext

from modeltranslation.fields import TranslationField
from wagtail.admin.compare import (
    FieldComparison,
    ForeignObjectComparison,
    M2MFieldComparison,
    comparison_class_registry,
    register_comparison_class,
)
from wagtail.fields import RichTextField

from pages.fallback import has_content, is_empty_rich_text


def language_name(code):
    """The language's English name from akc_site/languages.py, in the admin's language."""
    return get_language_info(code)["name_translated"]


class LanguageFieldComparison:
    """Mixed into the comparison class Wagtail would use for the field in one language."""

    def field_label(self):
        return pgettext("a translated field in the revisions' comparison", "%(field)s (%(language)s)") % {
            "field": capfirst(self.field.translated_field.verbose_name),
            "language": language_name(self.field.language),
        }

    def has_changed(self):
        # None and "" (and an untouched rich-text editor's empty paragraph) are all "not translated".
        if not (self.has_text(self.val_a) or self.has_text(self.val_b)):
            return False
        return super().has_changed()

    def has_text(self, value):
        if isinstance(self.field, RichTextField) and isinstance(value, str):
            return not is_empty_rich_text(value)
        return has_content(value)


def wagtail_comparison_class(field):
    """What `FieldPanel.get_comparison_class` would pick for the untranslated field."""
    comparison_class = comparison_class_registry.get(field)
    if comparison_class:
        return comparison_class
    if field.is_relation:
        return M2MFieldComparison if field.many_to_many else ForeignObjectComparison
    return FieldComparison


@functools.cache
def language_comparison_class(comparison_class):
    return type(f"Language{comparison_class.__name__}", (LanguageFieldComparison, comparison_class), {})


def comparison_class_for_translation(field):
    """The registry calls this with the field (`title_ko`) when it finds a callable, not a class."""
    return language_comparison_class(wagtail_comparison_class(field.translated_field))


def register_language_comparisons():
    register_comparison_class(TranslationField, comparison_class=comparison_class_for_translation)
