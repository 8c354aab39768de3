"""Purge a CDN in front of the site when pages change: after the change commits, in a task, with timeouts.

Every cacheable response carries its cache tags (`Cache-Tag`, `Surrogate-Key`: akc_site/page_cache.py).
A backend that purges by tag (`purges_tags`: our HTTPPurgeBackend given a TAG_HEADER, for Varnish's
xkey) is sent the tags a change retired, in one request, by the task `purge_tags_from_cache`: every
response showing the page or a listing it belongs to goes, in every language. No backend of
Wagtail 8.0 purges by tag, so the others purge by URL, with Wagtail's functions: a page with its
sub-routes (`get_cached_paths`) in every language of WAGTAILFRONTENDCACHE_LANGUAGES, through its
task `purge_urls_from_cache_task`, for the pages known to show the change: the page, its parent
(the listing it usually sits in) and the home page. Other pages showing it expire from such a CDN
within their max-age (PAGE_CACHE_BROWSER_SECONDS).
Wagtail's own app would purge from the publish signal, inside the editor's transaction: a CDN
asked then can fetch and keep the old page again before the commit. So the app is not installed,
and pages/signals.py calls `purge_after_commit` instead, which waits for the commit
(akc_site/commits.py) and queues the tasks there; the worker sends the requests, so a slow CDN
never slows a publish. Nothing happens unless WAGTAILFRONTENDCACHE is configured (docs/deployment.md).
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django_tasks import task

from django.conf import settings

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import get_backends, purge_pages_from_cache

from akc_site.commits import after_commit

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 5.0
# Varnish's default limit for a request header (http_req_hdr_len) is 8 kB: more tags, more requests.
MAX_TAG_HEADER_LENGTH = 8000


def pages_to_purge(page, others=()):
    """The page, the other pages given, its parent and its home page, each once, in that order."""
    pages = {page.pk: page}
    for other in others:
        pages.setdefault(other.pk, other)
    parent = page.get_parent()
    site = page.get_site()
    for other in (parent, site.root_page if site is not None else None):
        if other is not None and other.depth > 1:  # not the tree's root, which has no address
            pages.setdefault(other.pk, other.specific)
    return list(pages.values())


def purge_after_commit(page, tags=(), others=()):
    """Once the current transaction commits, queue the purge of `tags` from the CDNs that purge by
    tag and of `page`, `others`, its parent and its home page from the others."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    backends = get_backends()
    by_tag = sorted(name for name, backend in backends.items() if getattr(backend, "purges_tags", False))
    by_url = sorted(set(backends) - set(by_tag))
    if by_tag and tags:
        after_commit(partial(purge_tags_from_cache.enqueue, sorted(tags), by_tag))
    if by_url:
        after_commit(partial(purge_pages_from_cache, pages_to_purge(page, others), backends=by_url))


@task()
def purge_tags_from_cache(tags, backend_names):
    for backend in get_backends(backends=backend_names).values():
        backend.purge_tags(tags)


def tag_chunks(tags, separator=" ", limit=MAX_TAG_HEADER_LENGTH):
    """The tags joined by `separator`, in as few header values as fit within `limit` each."""
    chunk, length = [], 0
    for tag in tags:
        if chunk and length + len(separator) + len(tag) > limit:
            yield separator.join(chunk)
            chunk, length = [], 0
        length += len(tag) + (len(separator) if chunk else 0)
        chunk.append(tag)
    if chunk:
        yield separator.join(chunk)


class HTTPPurgeBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend, with a timeout (it has none), network errors logged, not raised,
    and a few requests at a time: a publish purges three pages in ten languages, thirty addresses.

    With TAG_HEADER (say "xkey-purge", for Varnish's xkey vmod) it purges by tag instead: one PURGE
    request to LOCATION carrying the retired tags in that header, space-separated.
    """

    CONCURRENT_REQUESTS = 8

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", DEFAULT_TIMEOUT))
        self.tag_header = params.pop("TAG_HEADER", "") or ""
        super().__init__(params)

    @property
    def purges_tags(self):
        return bool(self.tag_header)

    def purge_tags(self, tags):
        for value in tag_chunks(tags):
            request = PurgeRequest(
                url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
                headers={self.tag_header: value, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
            )
            self.send(request, f"the tags {value}")

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
        self.send(request, url)

    def send(self, request, what):
        try:
            urlopen(request, timeout=self.timeout).close()  # noqa: S310 -- the scheme is the configured LOCATION's
        except HTTPError as error:
            logger.error("Could not purge %s from the CDN: HTTP %d %s", what, error.code, error.reason)
        except (URLError, TimeoutError, OSError) as error:
            logger.error("Could not purge %s from the CDN: %s", what, error)
