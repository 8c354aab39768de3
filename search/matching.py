"""Which pages match a query, best first, at a bounded cost whatever the size of the site.

The full-text index splits text into words at spaces. Thai, Khmer, Lao and Burmese put none between
words, and Korean attaches particles to them (아세안센터는), so terms in those scripts are also
matched as substrings of the indexed text: bounded queries beside the full-text one. On PostgreSQL
a trigram index (migration search.0001) finds the entries holding a rare such word of three letters or
more; the site's common words are found as before, reading the tree until there are enough.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, IntegerField, Q, Value
from django.db.models.functions import Cast, StrIndex, Upper
from django.db.models.lookups import GreaterThan

from wagtail.models import get_page_models

from search import wagtail_index
from search.query import RUN_TOGETHER_SCRIPTS

MAX_RESULTS = 100  # ten pages of results; a query matching more lists the best and asks for more words
# Up to this many entries holding a rare word are taken from the trigram index and put in order; more,
# and the word is common enough that reading the tree in order, stopping at MAX_RESULTS, is cheap.
TRIGRAM_CANDIDATES = 2 * MAX_RESULTS
TRIGRAM_LENGTH = 3  # a trigram index can narrow a substring search only for a word of three letters or more


def full_text_matches(pages, terms):
    if connection.vendor == "postgresql":
        return ranked_postgresql_matches(pages, terms)
    results = pages.only("pk").search(" ".join(terms), operator="and", order_by_relevance=True)
    return [page.pk for page in results[:MAX_RESULTS]]


def page_content_types():
    """Every page model's content type: the index files each page under its own (cached by Django)."""
    return list(ContentType.objects.get_for_models(*get_page_models(), for_concrete_models=False).values())


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
    query = wagtail_index.all_terms_query(terms)
    title, body = (f"{wagtail_index.INDEX_RELATION}__{column}" for column in ("title", "body"))
    best_titles = (
        wagtail_index.entries()
        .filter(content_type__in=page_content_types(), title=query)
        .annotate(page_id=Cast("object_id", IntegerField()), title_rank=wagtail_index.rank(query, "title"))
        .order_by("-title_rank", "-page_id")
        .values("page_id")[: 2 * MAX_RESULTS]
    )
    newest = pages.filter(Q(**{title: query}) | Q(**{body: query})).order_by("-pk")
    candidates = pages.filter(pk__in=best_titles.union(newest.values("pk")[:MAX_RESULTS]))
    rank = wagtail_index.rank(query, title) + wagtail_index.rank(query, body)
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


def all_terms_condition(terms, holds, relation=wagtail_index.INDEX_RELATION + "__"):
    """Title or body of one index entry contains each term, tested by `holds(column, term)`.

    `relation` leads from the queried model to the entry: from a page by default, "" on the entries.
    """
    title, body = (relation + column for column in wagtail_index.text_columns())
    condition = Q()
    for term in terms:
        condition &= Q(holds(title, term)) | Q(holds(body, term))
    return condition


def trigram_searchable(term):
    """A caseless term (Hangul, Thai, Khmer, Lao, Burmese) long enough for a trigram index to narrow."""
    return len(term) >= TRIGRAM_LENGTH and term.upper() == term.lower()


def like(column, term):
    """`column LIKE '%term%'`, which a trigram (GIN gin_trgm_ops) index serves; strpos() it does not.

    For a term without case it holds for exactly the text `contains` finds.
    """
    return Q(**{f"{column}__contains": term})


def trigram_candidate_entries(terms):
    """The page index entries holding every term a trigram index can narrow (a superset of the matches)."""
    indexable = [term for term in terms if trigram_searchable(term)]
    entries = wagtail_index.entries().filter(
        all_terms_condition(indexable, like, relation=""), content_type__in=page_content_types()
    )
    return entries.order_by().values_list("object_id", flat=True)


def trigram_candidates(terms):
    """Ids of the pages that may match, when few may (up to TRIGRAM_CANDIDATES), else None.

    The entries alone, unordered and limited: PostgreSQL reads those the trigram index points to and
    stops, after every candidate for a rare word, after TRIGRAM_CANDIDATES + 1 for a common one
    (joined to the pages, it would hash every candidate first).
    """
    found = list(trigram_candidate_entries(terms)[: TRIGRAM_CANDIDATES + 1])
    return None if len(found) > TRIGRAM_CANDIDATES else [int(object_id) for object_id in found]


def substring_matches(pages, terms):
    """Pages whose indexed text contains every term, for terms the full-text index cannot find.

    On PostgreSQL, a query with a term the trigram index can narrow first asks it for candidates: when
    there are few, the same query is run on them alone, which gives the same pages in the same order
    (every match is a candidate); when there are many, on every page, in tree order, as without it.
    """
    matches = pages.filter(all_terms_condition(terms, contains))
    if connection.vendor == "postgresql" and any(trigram_searchable(term) for term in terms):
        candidates = trigram_candidates(terms)
        if candidates == []:
            return []
        if candidates is not None:
            matches = matches.filter(pk__in=candidates)
    ids = matches.order_by("path").values_list("pk", flat=True)[:MAX_RESULTS]
    return list(dict.fromkeys(ids))


def matching_page_ids(pages, terms):
    """Ids of the matching pages, best first: full-text matches by relevance, then substring matches."""
    ids = full_text_matches(pages, terms)
    if any(RUN_TOGETHER_SCRIPTS.search(term) for term in terms):
        found = set(ids)
        ids += [pk for pk in substring_matches(pages, terms) if pk not in found]
    return ids[:MAX_RESULTS]
