"""What is translated on a page, what falls back to English, and what counts as empty."""

from django.utils.html import strip_tags

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamValue
from wagtail.rich_text import RichText

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE

# Markup that carries content even without text.
CONTENT_TAGS = ("<img", "<embed", "<iframe")


def translated_field_names(model):
    try:
        return tuple(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return ()


def is_empty_rich_text(html):
    html = html or ""
    return not strip_tags(html).strip() and not any(tag in html for tag in CONTENT_TAGS)


def has_content(value):
    """True when a field value holds something a visitor would read."""
    if value is None:
        return False
    if isinstance(value, StreamValue):
        return len(value) > 0
    if isinstance(value, RichText):
        return not is_empty_rich_text(value.source)
    if isinstance(value, str):
        return bool(value.strip())
    return True


def fallback_field_names(page, language):
    """The translated fields of `page` that have English content but none in `language`."""
    if language == SOURCE_LANGUAGE or language not in LANGUAGE_CODES:
        return set()
    missing = set()
    for name in translated_field_names(type(page)):
        source = getattr(page, build_localized_fieldname(name, SOURCE_LANGUAGE), None)
        translation = getattr(page, build_localized_fieldname(name, language), None)
        if has_content(source) and not has_content(translation):
            missing.add(name)
    return missing


def _without_empty_paragraphs(stream):
    kept = [
        (child.block_type, child.value, child.id)
        for child in stream
        if not (isinstance(child.value, RichText) and is_empty_rich_text(child.value.source))
    ]
    return None if len(kept) == len(stream) else kept


def remove_empty_rich_text(page):
    """Clear translations that hold only empty markup, so the English fallback shows instead."""
    for name in translated_field_names(type(page)):
        for language in LANGUAGE_CODES:
            field_name = build_localized_fieldname(name, language)
            value = getattr(page, field_name, None)
            if isinstance(value, StreamValue):
                kept = _without_empty_paragraphs(value)
                if kept is not None:
                    setattr(page, field_name, kept)
            elif isinstance(value, str) and value and "<" in value and is_empty_rich_text(value):
                setattr(page, field_name, "")


def first_with_content(obj, field_names, language):
    """The first of `field_names` with content in `language`, else the first with content in English.

    An English SEO description must not hide the introduction translated into the visitor's language.
    """
    for code in dict.fromkeys((language if language in LANGUAGE_CODES else SOURCE_LANGUAGE, SOURCE_LANGUAGE)):
        for name in field_names:
            value = getattr(obj, build_localized_fieldname(name, code), None)
            if has_content(value):
                return value
    return ""
