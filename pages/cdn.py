"""Purge a CDN in front of the site when pages change.

Wagtail's front-end cache app purges a published or unpublished page, with its sub-routes
(`get_cached_paths`), in every language of WAGTAILFRONTENDCACHE_LANGUAGES. A publish also changes the
home page (it lists events, exhibitions and priorities), which Wagtail does not know: that is the
one purge added here. Other pages expire from the CDN within their max-age
(PAGE_CACHE_BROWSER_SECONDS). Nothing happens unless WAGTAILFRONTENDCACHE is configured
(docs/deployment.md).
"""

from wagtail.contrib.frontend_cache.utils import purge_page_from_cache


def purge_home_page(page):
    site = page.get_site()
    if site is not None and site.root_page_id != page.pk:
        purge_page_from_cache(site.root_page)
