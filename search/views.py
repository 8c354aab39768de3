"""Site search: every public page, found by its words in the visitor's language or in English.

Wagtail's database backend indexes a page once with the text of every language (wagtail-modeltranslation
adds a SearchField per language and field), so a query finds a page by the words a visitor reads in
their language and by the English text shown where a translation is missing (search/matching.py).
Results are then shown in the visitor's language, English where a field has no translation
(search/results.py).
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page, Site

from pages.site_tree import public_pages
from search.matching import MAX_RESULTS, matching_page_ids
from search.query import MAX_QUERY_LENGTH, parse_query, term_pattern
from search.results import describe, promotions

RESULTS_PER_PAGE = 10


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
