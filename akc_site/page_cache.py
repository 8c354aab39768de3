"""A full-page cache for anonymous visitors, shared by every app server through the cache backend.

Only GET/HEAD requests without a session cookie are served from it, and only complete 200 HTML,
calendar and feed responses that set no cookie are stored. A response is rendered inside a cache-tag
collector (akc_site/cache_tags.py): it is stored with the versions of the tags of what it showed
(every page it loaded, the listings it chose, through cached menus too) and counts only while
they are all unchanged and the content version (akc_site/content_version.py) is the one it was
rendered under. Publishing, unpublishing, moving or deleting a page retires its tags
(pages/signals.py), so only the responses that showed it, or a listing it belongs to, are
rendered again, in every language; what changes every page (the home page and the main menu's
pages, organisation settings, view restrictions) bumps the content version and retires them all.
A response rendered while one of its tags was retired is not stored. What follows the clock (a
hall's "open now", an event turning past) is noted as the moment it changes: the entry expires
then. PAGE_CACHE_SECONDS is only the longest an entry lives, a safety net for a change the cache
missed (it was unreachable when the change was published).
Each cacheable response carries its tags for a CDN (`Cache-Tag`, `Surrogate-Key`; pages/cdn.py
purges by them).
A page is stored once per scheme (http and https pages carry different canonical links), host,
path and the values of the query parameters its type reads: a page model names them in
`cache_query_parameters`, and a `before_serve_page` hook of pages/ hands them to this middleware as
`request.page_cache_query_parameters`. Other parameters (utm_source, a random string) share the
page's entry. Which parameters a path reads is learnt from its first rendering and kept beside its
entries; until then a request with a query string is rendered (and then stored). A page
keeps at most PAGE_CACHE_MAX_VARIANTS entries with query parameters (say, listing filters) per
PAGE_CACHE_SECONDS; beyond that they are served uncached, so the cache cannot grow without bound.
It sits right after WhiteNoise, before anything that reads the database (cached pages are still
served while the database is down) and before the middleware that only adds headers: a stored
response already carries them, so a hit costs two round trips to the cache (the entry with the
content version, then its tags' versions; one more for a query string) and little else.
"""

import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from akc_site import cache_tags
from akc_site.content_version import VERSION_KEY, content_version

logger = logging.getLogger(__name__)

CACHEABLE_TYPES = ("text/html", "text/calendar", "application/atom+xml")
MAX_QUERY_LENGTH = 512  # longer query strings are not worth a cache entry of their own
# Varnish refuses a response with a header longer than http_resp_hdr_len, 8 kB by default
# (Cloudflare and Fastly take 16 kB). Beyond it, page tags are dropped and ANY_PAGE_TAG stands for
# them, so the CDN still purges the response when any page changes; listing tags are always kept.
MAX_TAG_HEADER_LENGTH = 8000


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES)
        and not any(part in request.path_info for part in settings.PAGE_CACHE_EXCLUDED_PARTS)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
    )


def is_cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
    )


def page_address(request):
    """Scheme (request.is_secure(), which honours SECURE_PROXY_SSL_HEADER), host and path."""
    return f"{request.scheme}://{request.get_host()}{request.path_info}"


def digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def canonical_query(request, parameters):
    """The values of the parameters the page reads, sorted by name, each in the order sent."""
    return urlencode([(name, value) for name in sorted(set(parameters)) for value in request.GET.getlist(name)])


def entry_key(address, query):
    return f"page:{digest(f'{address}?{query}')}"


def parameters_key(address):
    return f"page-parameters:{digest(address)}"


def variants_key(address, version):
    return f"page-variants:{version}:{digest(address)}"


def lookup(request, address):
    """(content version, the cached response or None).

    An entry is stored with the content version it was rendered under and the versions of its tags,
    and counts only while all are still current: the content version and the page are read
    together, then the tags' versions (one round trip each); a page with a query string first
    reads which parameters it reads.
    """
    if not request.GET:
        key = entry_key(address, "")
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        return version, current(found.get(key), version)
    found = cache.get_many([VERSION_KEY, parameters_key(address)])
    version = found.get(VERSION_KEY) or content_version()
    parameters = found.get(parameters_key(address))
    if parameters is None or parameters[0] != version:
        return version, None  # not yet known which parameters this path reads
    key = entry_key(address, canonical_query(request, parameters[1]))
    return version, current(cache.get(key), version)


def current(entry, version):
    if entry is None or entry[0] != version:
        return None
    _version, tag_versions, response = entry
    return response if cache_tags.unchanged(tag_versions) else None


def entry_seconds(collector):
    """How long an entry lives: PAGE_CACHE_SECONDS, or until what it shows changes with the clock."""
    seconds = settings.PAGE_CACHE_SECONDS
    left = collector.seconds_left()
    if left is not None:
        seconds = min(seconds, int(left))
    return seconds if seconds >= 1 else None


def store(request, address, version, response, collector):
    """Store the response under the parameters the page said it reads; False when it is not stored."""
    parameters = getattr(request, "page_cache_query_parameters", None)
    if parameters is None and request.GET:
        return False  # not a page that says which parameters it reads
    seconds = entry_seconds(collector)
    if seconds is None:
        return False  # what it shows changes within a second
    tag_versions = cache_tags.current_versions(collector.tags, collector.started_ns)
    if cache_tags.changed_since(tag_versions, collector.started_ns):
        return False  # something it shows was retired while it was rendered: it may be stale already
    query = canonical_query(request, parameters or ())
    if query and not room_for_a_variant(address, version):
        return False
    cache.set(entry_key(address, query), (version, tag_versions, response), seconds)
    if parameters is not None:
        cache.set(parameters_key(address), (version, tuple(parameters)), settings.PAGE_CACHE_SECONDS)
    return True


def tag_headers(tags):
    """{header: value}: the response's tags for a CDN, Cloudflare's Cache-Tag and Fastly/Varnish's Surrogate-Key."""
    tags = cache_tags.condensed(tags)
    listings = sorted(tag for tag in tags if not cache_tags.is_page_tag(tag))
    pages = sorted((tag for tag in tags if cache_tags.is_page_tag(tag)), key=lambda tag: int(tag.split(":")[1]))
    kept = list(listings)
    length = sum(map(len, kept)) + len(kept)
    for position, tag in enumerate(pages):
        if length + len(tag) + 1 > MAX_TAG_HEADER_LENGTH - len(cache_tags.ANY_PAGE_TAG) - 1:
            kept.append(cache_tags.ANY_PAGE_TAG)  # the pages from here on (see MAX_TAG_HEADER_LENGTH)
            logger.info("%d page tags left out of the CDN headers of a response", len(pages) - position)
            break
        kept.append(tag)
        length += len(tag) + 1
    if not kept:
        return {}
    return {"Cache-Tag": ",".join(kept), "Surrogate-Key": " ".join(kept)}


def room_for_a_variant(address, version):
    key = variants_key(address, version)
    cache.add(key, 0, settings.PAGE_CACHE_SECONDS)
    try:
        return cache.incr(key) <= settings.PAGE_CACHE_MAX_VARIANTS
    except ValueError:  # evicted meanwhile, or the cache is unreachable: store nothing
        return False


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        try:
            address = page_address(request)
            version, cached = lookup(request, address)
        except Exception:  # a cache outage must not take the site down with it
            logger.exception("Page cache unavailable; serving without it")
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        with cache_tags.collecting() as collector:
            response = self.get_response(request)
        if is_cacheable_response(response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            for header, value in tag_headers(collector.tags).items():
                response[header] = value
            response["X-Page-Cache"] = "miss"  # stored with the response; a hit says "hit"
            try:
                stored = store(request, address, version, response, collector)
            except Exception:
                logger.exception("Could not store a page in the cache")
                stored = False
            if not stored:
                del response["X-Page-Cache"]
        return response
