"""Wagtail admin hooks that belong to the whole site rather than to one content area."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

# The site's conformance target (WCAG 2.2 AA); the browser tests run axe with the same tags.
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class WCAG22ContentCheckerItem(ContentCheckerItem):
    """Wagtail's accessibility checker in the editors' userbar, with every WCAG 2.2 A and AA rule."""

    axe_run_only = WCAG_22_AA_TAGS


@hooks.register("construct_wagtail_userbar")
def check_pages_against_wcag_22_aa(request, items, page):
    items[:] = [WCAG22ContentCheckerItem(page) if isinstance(item, ContentCheckerItem) else item for item in items]
