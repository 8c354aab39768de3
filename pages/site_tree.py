"""The live page tree, as visitors may see it, with what is derived from it cached.

A version number in the cache stands for the state of the tree; publishing, unpublishing,
moving or deleting a page, or changing a view restriction, bumps it (pages/signals.py). Every
cached value carries the version in its key, so all app servers sharing the cache see a change
at once and nothing needs to be deleted.
"""

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import PageViewRestriction, Site

VERSION_KEY = "site-tree:version"
CACHE_TIMEOUT = 60 * 60 * 24


def tree_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def tree_changed():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key was evicted or never set
        cache.set(VERSION_KEY, 2, timeout=None)


def cached(name, compute):
    key = f"site-tree:{tree_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_TIMEOUT)
    return value


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (their subtrees are private)."""
    return cached("restricted-paths", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)))


def public_pages(queryset):
    """Live pages outside every restricted subtree.

    The same rule as Wagtail's `.live().public()`, without a restriction query on every call.
    """
    queryset = queryset.live()
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return queryset.exclude(private) if private else queryset


def main_menu_items(request):
    """[(title, url, url_path)] of the home page's public children marked 'show in menus'."""
    site = Site.find_for_request(request)
    if site is None:
        return []

    def compute():
        children = public_pages(site.root_page.get_children().in_menu())
        return [(page.title, page.get_url(request), page.url_path) for page in children]

    return cached(f"menu:{site.pk}:{get_language()}", compute)
