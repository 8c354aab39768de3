"""The main menu, computed from the live page tree and cached per site and language.

The cache key carries a version number that any publish, unpublish, move or delete bumps, so
every app server sharing the cache sees the change at once.
"""

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

VERSION_KEY = "navigation:version"
MENU_TIMEOUT = 60 * 60 * 24


def navigation_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def invalidate_navigation():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def main_menu_items(request):
    """[(title, url, page path)] for the home page's live, public children marked 'show in menus'."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = f"navigation:menu:{site.pk}:{get_language()}:{navigation_version()}"
    items = cache.get(key)
    if items is None:
        children = site.root_page.get_children().live().public().in_menu()
        items = [(page.title, page.get_url(request), page.url_path) for page in children]
        cache.set(key, items, MENU_TIMEOUT)
    return items
