"""Purge a CDN in front of the site when pages change, in every language.

Wagtail's front-end cache module purges a page's URL in the active language only, and a publish
also changes other pages (the home page lists events, the menu is on every page). So every
language's address of the changed page and of its site's home page is purged; other pages expire
from the CDN within their max-age (PAGE_CACHE_BROWSER_SECONDS). Does nothing unless
WAGTAILFRONTENDCACHE is configured (see docs/deployment.md).
"""

from django.conf import settings
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from akc_site.languages import LANGUAGE_CODES


def page_addresses(page):
    site = page.get_site()
    addresses = set()
    for language in LANGUAGE_CODES:
        with translation.override(language):
            for target in (page, site.root_page if site else None):
                url = target.full_url if target is not None else None
                if url:
                    addresses.add(url)
    return sorted(addresses)


def purge_page(page):
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(page_addresses(page))
