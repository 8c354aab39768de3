"""Find the page for a URL in a fixed number of queries, whatever its depth.

Slugs are the same in every language, so a path's pages can be found by slug in one query;
Wagtail's own routing costs two queries per level. What remains of the path after the deepest page
is that page's to route: a `RoutablePageMixin` page resolves it with its own sub-routes (an event's
`calendar.ics`), any other page answers 404.
"""

from django.http import Http404

from wagtail.models import Page
from wagtail.url_routing import RouteResult


def deepest_page_on_path(parent, path_components):
    """The deepest descendant of `parent` along the slugs, and the components left over."""
    candidates = Page.objects.filter(
        path__startswith=parent.path,
        depth__gt=parent.depth,
        depth__lte=parent.depth + len(path_components),
        slug__in=path_components,
    ).order_by("depth")
    by_parent_and_slug = {(page.path[: -Page.steplen], page.slug): page for page in candidates}
    current, consumed = None, 0
    parent_path = parent.path
    for component in path_components:
        page = by_parent_and_slug.get((parent_path, component))
        if page is None:
            break
        current, consumed, parent_path = page, consumed + 1, page.path
    return current, path_components[consumed:]


def route_within(page, request, path_components):
    """Wagtail's `Page.route` for `page`: itself, or the deepest page below it routing the rest."""
    if not path_components:
        if page.live:
            return RouteResult(page)
        raise Http404
    deepest, remaining = deepest_page_on_path(page, path_components)
    if deepest is None:
        raise Http404
    return deepest.specific.route(request, remaining)
