"""A full-page cache for anonymous visitors, shared by every app server through the cache backend.

Only GET/HEAD requests without a session cookie are served from it, and only complete 200 HTML,
calendar and feed responses that set no cookie are stored. Entries carry the content version
(akc_site/content_version.py) and count only under it, so publishing, unpublishing, moving or
deleting any page (an event on the home page, say) retires every cached page at once on all servers.
Entries also expire after PAGE_CACHE_SECONDS, because some content follows the clock (a hall's
"open now", upcoming events).
It sits right after WhiteNoise, before anything that reads the database (cached pages are still
served while the database is down) and before the middleware that only adds headers: a stored
response already carries them, so a hit costs one round trip to the cache and little else.
"""

import hashlib
import logging

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


def cache_key(request):
    query = "&".join(sorted(request.GET.urlencode().split("&")))
    address = f"{request.get_host()}{request.path_info}?{query}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page:{digest}"


def lookup(key):
    """(content version, the cached response or None), in one round trip to the cache.

    An entry is stored with the content version it was rendered under and counts only while that is
    still the current version, so the version and the page are read together.
    """
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or content_version()
    entry = found.get(key)
    if entry is not None and entry[0] == version:
        return version, entry[1]
    return version, None


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        try:
            key = cache_key(request)
            version, cached = lookup(key)
        except Exception:  # a cache outage must not take the site down with it
            logger.exception("Page cache unavailable; serving without it")
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if is_cacheable_response(response):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            response["X-Page-Cache"] = "miss"
            try:
                cache.set(key, (version, response), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("Could not store a page in the cache")
        return response
