"""Purge a CDN in front of the site when pages change: after the change commits, in a task, with timeouts.

Wagtail's front-end cache functions purge a page with its sub-routes (`get_cached_paths`) in every
language of WAGTAILFRONTENDCACHE_LANGUAGES, through its task `purge_urls_from_cache_task`. Its own
app would call them from the publish signal, inside the editor's transaction: a CDN asked then can
fetch and keep the old page again before the commit. So the app is not installed, and
pages/signals.py calls `purge_after_commit` instead, which waits for the commit
(akc_site/commits.py) and queues the task there; the worker sends the requests, so a slow CDN
never slows a publish. A publish also changes the home page (it lists events, exhibitions and
priorities), which Wagtail does not know: that is the one purge added here. Other pages expire
from the CDN within their max-age (PAGE_CACHE_BROWSER_SECONDS). Nothing happens unless
WAGTAILFRONTENDCACHE is configured (docs/deployment.md).
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

from akc_site.commits import after_commit

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 5.0


def pages_to_purge(page):
    pages = [page]
    site = page.get_site()
    if site is not None and site.root_page_id != page.pk:
        pages.append(site.root_page.specific)
    return pages


def purge_after_commit(page):
    """Queue the purge of `page` and its home page once the current transaction commits."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        after_commit(partial(purge_pages_from_cache, pages_to_purge(page)))


class HTTPPurgeBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend, with a timeout (it has none), network errors logged, not raised,
    and a few requests at a time: a publish purges two pages in ten languages, twenty addresses."""

    CONCURRENT_REQUESTS = 8

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", DEFAULT_TIMEOUT))
        super().__init__(params)

    def purge_batch(self, urls):
        with ThreadPoolExecutor(max_workers=self.CONCURRENT_REQUESTS) as pool:
            list(pool.map(self.purge, urls))

    def purge(self, url):
        parts = urlsplit(url)
        host = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment]),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            urlopen(request, timeout=self.timeout).close()  # noqa: S310 -- the scheme is the configured LOCATION's
        except HTTPError as error:
            logger.error("Could not purge %s from the CDN: HTTP %d %s", url, error.code, error.reason)
        except (URLError, TimeoutError, OSError) as error:
            logger.error("Could not purge %s from the CDN: %s", url, error)
