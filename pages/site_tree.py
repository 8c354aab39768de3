"""The live page tree, as visitors may see it, with what is derived from it cached.

A version number in the cache stands for the state of the tree; publishing, unpublishing,
moving or deleting a page, or changing a view restriction, bumps it (pages/signals.py). Every
cached value carries the version in its key, so all app servers sharing the cache see a change
at once and nothing needs to be deleted.
"""

import logging

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page, PageViewRestriction, Site

logger = logging.getLogger(__name__)

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
    except Exception:  # publishing must not fail because the cache is down; entries expire on their own
        logger.exception("Could not mark the page tree as changed in the cache")


def cached(name, compute):
    try:
        key = f"site-tree:{tree_version()}:{name}"
        value = cache.get(key)
    except Exception:  # the cache server is unreachable: compute, and keep the site up
        logger.exception("Cache unavailable for %s", name)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, CACHE_TIMEOUT)
        except Exception:
            logger.exception("Could not cache %s", name)
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


def child_pages_by_type(parent, *page_classes):
    """{page class: its first public child of that type under `parent`} in one query, as plain Pages.

    For sections such as the event listing, whose title and URL are all a link needs.
    """
    children = public_pages(parent.get_children().type(*page_classes)).order_by("path")
    found = {}
    for child in children:
        found.setdefault(child.specific_class, child)
    return found


def main_menu_items(request):
    """[(title, url, url_path)] of the home page's public children marked 'show in menus'."""
    site = Site.find_for_request(request)
    if site is None:
        return []

    def compute():
        children = public_pages(site.root_page.get_children().in_menu())
        return [(page.title, page.get_url(request), page.url_path) for page in children]

    return cached(f"menu:{site.pk}:{get_language()}", compute)


def organisation_details(request):
    """The organisation's contact details and footer links for the request's site and language."""
    from pages.models import OrganisationSettings

    site = Site.find_for_request(request)
    if site is None:
        return {}

    def compute():
        details = OrganisationSettings.objects.select_related("accessibility_page", "privacy_page").filter(
            site=site
        ).first() or OrganisationSettings(site=site)
        linked = [page for page in (details.accessibility_page, details.privacy_page) if page is not None]
        public_ids = set(
            public_pages(Page.objects.filter(pk__in=[page.pk for page in linked])).values_list("pk", flat=True)
        )
        return {
            "organisation_name": details.organisation_name,
            "address": details.address,
            "phone": details.phone,
            "email": details.email,
            "social_links": [(str(label), url) for label, url in details.social_links()],
            "links": [(page.title, page.get_url(request)) for page in linked if page.pk in public_ids],
        }

    return cached(f"organisation:{site.pk}:{get_language()}", compute)
