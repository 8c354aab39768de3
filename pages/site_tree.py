"""The live page tree as visitors may see it: public pages, and what is derived from the tree.

The paths of view-restricted subtrees are cached under the content version
(akc_site/content_version.py), so every app server sees a new restriction at once.
"""

from django.db.models import Q

from wagtail.models import PageViewRestriction

from akc_site.content_version import cached


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (their subtrees are private)."""
    return cached("restricted-paths", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)))


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())


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
