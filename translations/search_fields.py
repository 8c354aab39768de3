"""Search-index fields that leave a missing translation empty instead of indexing the word "None".

wagtail-modeltranslation adds a search field for every language of every translated field; the
search backend turns an empty (None) translation into the text "None", so searching "none" would
find nearly every page.
"""

from modeltranslation.utils import build_localized_fieldname
from wagtail.search import index

from akc_site.languages import LANGUAGE_CODES


class BlankWhenEmpty:
    def get_value(self, obj):
        value = super().get_value(obj)
        return "" if value is None else value


class SearchField(BlankWhenEmpty, index.SearchField):
    pass


class AutocompleteField(BlankWhenEmpty, index.AutocompleteField):
    pass


REPLACEMENTS = {index.SearchField: SearchField, index.AutocompleteField: AutocompleteField}


def blank_when_empty(search_fields):
    """Make the text fields in `search_fields` index a missing value as empty text.

    The field objects keep their identity (they are shared with Page.search_fields, and Wagtail's
    check that core fields are present compares by identity), so only their class changes.
    """
    for field in search_fields:
        replacement = REPLACEMENTS.get(type(field))
        if replacement is not None:
            field.__class__ = replacement
    return search_fields


def with_title_autocomplete(search_fields):
    """The admin's search and choosers autocomplete a page's title in every language
    (wagtail-modeltranslation copies each SearchField per language, but not AutocompleteFields)."""
    present = {field.field_name for field in search_fields if isinstance(field, index.AutocompleteField)}
    extra = [
        AutocompleteField(name)
        for name in (build_localized_fieldname("title", code) for code in LANGUAGE_CODES)
        if name not in present
    ]
    return [*search_fields, *extra]
