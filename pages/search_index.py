"""Search-index fields that leave a missing translation empty instead of indexing the word "None".

wagtail-modeltranslation adds a search field for every language of every translated field; the
search backend turns an empty (None) translation into the text "None", so searching "none" would
find nearly every page.
"""

from wagtail.search import index


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
    """The same fields, with text fields that index a missing value as empty text."""
    replaced = []
    for field in search_fields:
        replacement = REPLACEMENTS.get(type(field))
        if replacement is None:
            replaced.append(field)
        elif replacement is SearchField:
            replaced.append(SearchField(field.field_name, boost=field.boost, **field.kwargs))
        else:
            replaced.append(replacement(field.field_name, **field.kwargs))
    return replaced
