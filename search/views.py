"""Site search: every public page, found by its words in the visitor's language or in English.

Wagtail's database backend indexes a page once with the text of every language (wagtail-modeltranslation
adds a SearchField per language and field), so a query finds a page by the words a visitor reads in
their language and by the English text shown where a translation is missing. Results are then shown
in the visitor's language, English where a field has no translation.

The full-text index splits text into words at spaces. Thai, Khmer, Lao and Burmese put none between
words, and Korean attaches particles to them (아세안센터는), so terms in those scripts are also
matched as substrings of the indexed text: one bounded query beside the full-text one.
"""

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres import search as postgres_search
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, IntegerField, Q, Value
from django.db.models.functions import Cast, StrIndex, Upper
from django.db.models.lookups import GreaterThan
from django.template.response import TemplateResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language

from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site, get_page_models
from wagtail.search import index
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.backends.database.postgres.weights import get_sql_weights
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.fallback import fallback_field_names, translated_field_names
from pages.site_tree import public_pages, restricted_paths

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
MAX_RESULTS = 100  # ten pages of results; a query matching more lists the best and asks for more words
RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 220

# Thai, Lao, Burmese, Khmer and Hangul: scripts whose words the full-text index cannot separate.
RUN_TOGETHER_SCRIPTS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f\u1780-\u17ff\u19e0-\u19ff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"
)
JOINERS = {"\u200c", "\u200d"}  # they shape a script's letters; removing them keeps the word whole


@dataclass
class SearchQuery:
    text: str  # what the visitor typed, cleaned of control characters and shortened, to show back
    terms: tuple[str, ...] = ()
    problem: str = ""  # "empty", "too_long" or "no_words" when there is nothing to search for


def words_of(text):
    """Letters, marks and digits make words; everything else (punctuation, symbols, quotes) separates them."""
    characters = []
    for character in text:
        if character in JOINERS:
            continue
        characters.append(character if unicodedata.category(character)[0] in "LMN" else " ")
    return "".join(characters).split()


def parse_query(raw):
    text = "".join(character for character in raw if unicodedata.category(character) not in ("Cc", "Cs"))
    text = " ".join(text.split())
    if not text:
        return SearchQuery(text="", problem="empty")
    if len(text) > MAX_QUERY_LENGTH:
        return SearchQuery(text=text[:MAX_QUERY_LENGTH], problem="too_long")
    terms = list(dict.fromkeys(word.casefold() for word in words_of(text)))[:MAX_TERMS]
    if not terms:
        return SearchQuery(text=text, problem="no_words")
    return SearchQuery(text=text, terms=tuple(terms))


def index_text_columns():
    """The index's plain-text columns: PostgreSQL keeps text beside its tsvectors, SQLite keeps only text."""
    names = {model_field.name for model_field in IndexEntry._meta.get_fields()}
    return ("title_text", "body_text") if "body_text" in names else ("title", "body")


def full_text_matches(pages, terms):
    if connection.vendor == "postgresql":
        return ranked_postgresql_matches(pages, terms)
    results = pages.only("pk").search(" ".join(terms), operator="and", order_by_relevance=True)
    return [page.pk for page in results[:MAX_RESULTS]]


def page_content_types():
    """Every page model's content type: the index files each page under its own (cached by Django)."""
    return list(ContentType.objects.get_for_models(*get_page_models(), for_concrete_models=False).values())


def wagtail_rank(query, vector):
    """Wagtail's PostgreSQL relevance of one index column: a title's rank is weighted by its `title_norm`."""
    rank = postgres_search.SearchRank(F(vector), query, weights=get_sql_weights())
    return rank * F(vector + "_norm") if vector.endswith("title") else rank


def ranked_postgresql_matches(pages, terms):
    """Ids of up to MAX_RESULTS pages containing every term, ranked as Wagtail ranks them, at a bounded cost.

    Wagtail's PostgreSQL backend matches `title || body`, which no index covers, and ranks every match:
    a word found on every page ("ASEAN") costs a scan and a rank of the whole index. Here the title and
    body are matched separately, so their GIN indexes answer, and only two bounded sets of candidates
    are ranked in full: the best title matches (titles are short and cheap to rank; taken from the
    index alone, twice as many as needed since some may be drafts or private) and the newest
    MAX_RESULTS public matches. Up to MAX_RESULTS matches, that is every match, ranked exactly as
    Wagtail would; beyond it, old pages that mention the words only in their text may be left out, and
    the visitor is told to add words.
    """
    lexemes = functools.reduce(operator.and_, (Lexeme(term) for term in terms))
    query = postgres_search.SearchQuery(lexemes, search_type="raw")
    best_titles = (
        IndexEntry.objects.filter(content_type__in=page_content_types(), title=query)
        .annotate(page_id=Cast("object_id", IntegerField()), title_rank=wagtail_rank(query, "title"))
        .order_by("-title_rank", "-page_id")
        .values("page_id")[: 2 * MAX_RESULTS]
    )
    newest = pages.filter(Q(index_entries__title=query) | Q(index_entries__body=query)).order_by("-pk")
    candidates = pages.filter(pk__in=best_titles.union(newest.values("pk")[:MAX_RESULTS]))
    rank = wagtail_rank(query, "index_entries__title") + wagtail_rank(query, "index_entries__body")
    ranked = candidates.annotate(rank=rank).order_by("-rank", "-pk")
    return list(ranked.values_list("pk", flat=True)[:MAX_RESULTS])


def contains(column, term):
    """`column` contains `term`, ignoring case where the term has any.

    strpos() rather than LIKE: the database then expects many matches and reads pages in tree order,
    stopping at MAX_RESULTS, instead of reading the whole index first (the common case: a word of the
    organisation's name is on almost every page).
    """
    if term.upper() == term.lower():  # Hangul, Thai, Khmer, Lao, Burmese: no case to ignore
        return GreaterThan(StrIndex(F(column), Value(term)), 0)
    return GreaterThan(StrIndex(Upper(F(column)), Upper(Value(term))), 0)


def substring_matches(pages, terms):
    """Pages whose indexed text contains every term, for terms the full-text index cannot find."""
    title, body = (f"index_entries__{column}" for column in index_text_columns())
    condition = Q()
    for term in terms:
        condition &= Q(contains(title, term)) | Q(contains(body, term))
    matches = pages.filter(condition).order_by("path").values_list("pk", flat=True)[:MAX_RESULTS]
    return list(dict.fromkeys(matches))


def matching_page_ids(pages, terms):
    """Ids of the matching pages, best first: full-text matches by relevance, then substring matches."""
    ids = full_text_matches(pages, terms)
    if any(RUN_TOGETHER_SCRIPTS.search(term) for term in terms):
        found = set(ids)
        ids += [pk for pk in substring_matches(pages, terms) if pk not in found]
    return ids[:MAX_RESULTS]


def term_pattern(terms):
    # The longest first, so "ASEAN-Korea" marks "ASEAN-Korea" rather than "ASEAN" alone.
    return re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.IGNORECASE)


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
    keys = {normalise_query_string(query.text), normalise_query_string(" ".join(query.terms))}
    picks = SearchPromotion.objects.filter(query__query_string__in=keys).select_related("page")
    restricted = tuple(restricted_paths())
    found, seen = [], set()
    for pick in picks.order_by("sort_order", "pk"):
        item = promotion_for(pick, site_root, restricted, request)
        if item is not None and item.url and item.url not in seen:
            seen.add(item.url)
            found.append(item)
    return found


@dataclass
class Outcome:
    promoted: list = field(default_factory=list)
    page_ids: list = field(default_factory=list)


def run_search(query, request):
    site = Site.find_for_request(request)
    if site is None or not query.terms:
        return Outcome()
    root = site.root_page
    pages = public_pages(Page.objects.descendant_of(root, inclusive=True))
    promoted = promotions(query, root, request)
    promoted_ids = {item.page_id for item in promoted}
    ids = [pk for pk in matching_page_ids(pages, query.terms) if pk not in promoted_ids]
    return Outcome(promoted=promoted, page_ids=ids)


def search_view(request):
    query = parse_query(request.GET.get("q", ""))
    outcome = run_search(query, request)
    page_of_ids = Paginator(outcome.page_ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        "promoted": outcome.promoted if page_of_ids.number == 1 else [],
        "result_count": len(outcome.page_ids) + len(outcome.promoted),
        "is_capped": len(outcome.page_ids) >= MAX_RESULTS,
        "max_results": MAX_RESULTS,
        "results": describe(page_of_ids.object_list, term_pattern(query.terms), request) if query.terms else [],
        "page_obj": page_of_ids,
        "page_numbers": page_of_ids.paginator.get_elided_page_range(page_of_ids.number, on_each_side=2),
    }
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
