"""A full-page cache for anonymous visitors, shared by every app server through the cache backend.

Only GET/HEAD requests without a session cookie are served from it, and only complete 200 HTML,
calendar and feed responses that set no cookie are stored. Entries carry the content version
(akc_site/content_version.py) and count only under it, so publishing, unpublishing, moving or
deleting any page (an event on the home page, say) retires every cached page at once on all servers.
Entries also expire after PAGE_CACHE_SECONDS, because some content follows the clock (a hall's
"open now", upcoming events).
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
response already carries them, so a hit costs one round trip to the cache and little else.
"""

import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from akc_site.content_version import VERSION_KEY, content_version

logger = logging.getLogger(__name__)

CACHEABLE_TYPES = ("text/html", "text/calendar", "application/atom+xml")
MAX_QUERY_LENGTH = 512  # longer query strings are not worth a cache entry of their own


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

    An entry is stored with the content version it was rendered under and counts only while that is
    still the current version, so the version and the page are read together: one round trip for a
    page without a query string, two with one (which parameters the page reads, then the entry).
    """
    if not request.GET:
        key = entry_key(address, "")
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        return version, current(found.get(key), version)
    found = cache.get_many([VERSION_KEY, parameters_key(address)])
    version = found.get(VERSION_KEY) or content_version()
    parameters = current(found.get(parameters_key(address)), version)
    if parameters is None:
        return version, None  # not yet known which parameters this path reads
    key = entry_key(address, canonical_query(request, parameters))
    return version, current(cache.get(key), version)


def current(entry, version):
    return entry[1] if entry is not None and entry[0] == version else None


def store(request, address, version, response):
    """Store the response under the parameters the page said it reads; False when it is not stored."""
    parameters = getattr(request, "page_cache_query_parameters", None)
    if parameters is None and request.GET:
        return False  # not a page that says which parameters it reads
    query = canonical_query(request, parameters or ())
    if query and not room_for_a_variant(address, version):
        return False
    entries = {entry_key(address, query): (version, response)}
    if parameters is not None:
        entries[parameters_key(address)] = (version, tuple(parameters))
    cache.set_many(entries, settings.PAGE_CACHE_SECONDS)
    return True


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
        response = self.get_response(request)
        if is_cacheable_response(response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            response["X-Page-Cache"] = "miss"  # stored with the response; a hit says "hit"
            try:
                stored = store(request, address, version, response)
            except Exception:
                logger.exception("Could not store a page in the cache")
                stored = False
            if not stored:
                del response["X-Page-Cache"]
        return response
