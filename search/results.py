"""What a visitor sees of each result: title, page type, a snippet with the query's words marked, in
the visitor's language (English where a field falls back), and the editors' promoted results."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language

from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search import index

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.fallback import fallback_field_names, translated_field_names
from pages.site_tree import restricted_paths
from search import wagtail_index

SNIPPET_LENGTH = 220


def highlight(text, pattern):
    """`text` escaped, with each match of `pattern` in <mark>.

    The text between matches and each match are escaped separately, so a term can never match
    inside an entity the escaping made (searching "amp" does not mark "&amp;").
    """
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces += [escape(text[last : match.start()]), format_html("<mark>{}</mark>", match.group())]
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 -- every piece is escaped above


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(text_of(item) for item in value)
    return " ".join(str(value).split())


def shown_fields(page):
    """(field name, text as shown in the current language) of what a visitor reads on the page."""
    model = type(page)
    translated = translated_field_names(model)
    per_language = {build_localized_fieldname(name, code) for name in translated for code in LANGUAGE_CODES}
    names = ["search_description", "introduction"]
    names += [
        search_field.field_name
        for search_field in model.get_search_fields()
        if isinstance(search_field, index.SearchField)
        and search_field.field_name not in per_language
        and search_field.field_name not in ("title", *names)
    ]
    for name in dict.fromkeys(names):
        text = text_of(index.SearchField(name).get_value(page))
        if text:
            yield name, text


def cut_around(text, start, end):
    """About SNIPPET_LENGTH characters of `text` around text[start:end], cut at spaces where there are any."""
    before = max(0, start - SNIPPET_LENGTH // 3)
    after = min(len(text), max(end, before + SNIPPET_LENGTH))
    if before > 0:
        space = text.find(" ", before, start)
        before = space + 1 if space != -1 else before
    if after < len(text):
        space = text.rfind(" ", end, after)
        after = space if space != -1 else after
    return ("…" if before > 0 else "") + text[before:after] + ("…" if after < len(text) else "")


def snippet(page, pattern):
    """(highlighted snippet, name of the field it came from) from the first field that contains a term."""
    first = None
    for name, text in shown_fields(page):
        match = pattern.search(text)
        if match:
            return highlight(cut_around(text, match.start(), match.end()), pattern), name
        first = first or (name, text)
    if first is None:
        return "", ""
    name, text = first
    return highlight(cut_around(text, 0, 0), pattern), name


@dataclass
class SearchResult:
    page: Page
    url: str
    title: str
    kind: str
    snippet: str = ""
    title_lang: str = ""
    snippet_lang: str = ""
    dates_template: str = ""


def specific_pages(page_ids):
    """{id: specific page} in two queries whatever the mix of page types (`.specific()` makes one per type).

    The first finds the page types; the second joins just their tables (joining every page type's
    table would convert hundreds of empty columns a row).
    """
    content_type_ids = set(Page.objects.filter(pk__in=page_ids).values_list("content_type_id", flat=True))
    models = {ContentType.objects.get_for_id(pk).model_class() for pk in content_type_ids}
    direct = {model for model in models if model is not None and Page in model._meta.parents}
    rows = Page.objects.filter(pk__in=page_ids).select_related(*(model._meta.model_name for model in direct))
    pages = {}
    for row in rows:
        model = row.specific_class
        pages[row.pk] = getattr(row, model._meta.model_name) if model in direct else row.specific
    return pages


def describe(page_ids, pattern, request):
    language = get_language()
    pages = specific_pages(page_ids)
    results = []
    for page in (pages[pk] for pk in page_ids if pk in pages):
        fallback = fallback_field_names(page, language) if language != SOURCE_LANGUAGE else set()
        text, field_name = snippet(page, pattern)
        results.append(
            SearchResult(
                page=page,
                url=page.get_url(request),
                title=highlight(page.title, pattern),
                kind=capfirst(page._meta.verbose_name),
                snippet=text,
                title_lang=SOURCE_LANGUAGE if "title" in fallback else "",
                snippet_lang=SOURCE_LANGUAGE if field_name in fallback else "",
                dates_template=getattr(page, "search_dates_template", ""),
            )
        )
    return results


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page_id: int | None = None
    title_lang: str = ""


def promotion_for(pick, site_root, restricted, request):
    """What a visitor sees of an editor's pick, or None when its page is not public on this site."""
    page = pick.page
    if page is None:
        return Promotion(pick.external_link_text or pick.external_link_url, pick.external_link_url, pick.description)
    if not page.live or not page.path.startswith(site_root.path) or page.path.startswith(restricted):
        return None
    has_own_title = getattr(page, build_localized_fieldname("title", get_language()), "")
    title_lang = "" if has_own_title else SOURCE_LANGUAGE
    return Promotion(page.title, page.get_url(request), pick.description, page.pk, title_lang)


def promotions(query, site_root, request):
    """Editors' picks for this query (wagtail.contrib.search_promotions), public pages and links only."""
    keys = {wagtail_index.normalise(query.text), wagtail_index.normalise(" ".join(query.terms))}
    picks = SearchPromotion.objects.filter(query__query_string__in=keys).select_related("page")
    restricted = tuple(restricted_paths())
    found, seen = [], set()
    for pick in picks.order_by("sort_order", "pk"):
        item = promotion_for(pick, site_root, restricted, request)
        if item is not None and item.url and item.url not in seen:
            seen.add(item.url)
            found.append(item)
    return found
