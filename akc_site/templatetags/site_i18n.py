"""Template tags for languages: the switcher, hreflang alternates and English-fallback markers."""

from django import template
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language

from akc_site.languages import LANGUAGE_CODES, NATIVE_NAMES, OPEN_GRAPH_LOCALES, SOURCE_LANGUAGE

register = template.Library()


def language_versions(request):
    """The same address in every language: only the language prefix changes.

    Only the path (and query) of the request, as one local path: a request for `//evil.example/en/`
    would otherwise become links to evil.example (browsers read `//`, `///` and `/\\` as another
    host), and translate_url itself reads `//host/...` as a host.
    """
    path = "/" + request.get_full_path().lstrip("/\\")
    return [(code, NATIVE_NAMES[code], translate_url(path, code)) for code in LANGUAGE_CODES]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    versions = language_versions(request) if request else []
    return {"versions": versions, "current_language": get_language()}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context.get("request")
    if request is None:
        return {"alternates": []}
    alternates = [(code, request.build_absolute_uri(url)) for code, _native, url in language_versions(request)]
    default_url = dict(alternates)[SOURCE_LANGUAGE]
    return {"alternates": alternates, "default_url": default_url}


@register.simple_tag(takes_context=True)
def fallback_lang(context, field_name):
    """` lang="en"` on an element whose text is the English fallback for a missing translation."""
    if field_name in context.get("fallback_fields", ()):
        return format_html(' lang="{}"', SOURCE_LANGUAGE)
    return ""


@register.simple_tag
def native_language_name(code=None):
    return NATIVE_NAMES.get(code or get_language(), "")


@register.simple_tag
def open_graph_locale():
    return OPEN_GRAPH_LOCALES.get(get_language(), OPEN_GRAPH_LOCALES[SOURCE_LANGUAGE])


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request and url else url


@register.simple_tag(takes_context=True)
def page_address(context, page):
    """The page's absolute URL in the current language, on the host the visitor used (as hreflang links are)."""
    request = context.get("request")
    url = page.get_url(request)
    if request is None or url is None:
        return ""
    return request.build_absolute_uri(url)
