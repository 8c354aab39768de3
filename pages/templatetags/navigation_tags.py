from django import template

from wagtail.models import Page

from pages.navigation import main_menu_items, organisation_details

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    current_path = page.url_path if isinstance(page, Page) else ""
    items = [
        {"title": title, "url": url, "is_current": current_path == path, "is_ancestor": current_path.startswith(path)}
        for title, url, path in (main_menu_items(request) if request else [])
    ]
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    # depth 1 is Wagtail's invisible root; the home page starts the trail.
    ancestors = page.get_ancestors().filter(depth__gte=2).live()
    return {"ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def organisation(context):
    """The organisation's details (contact, social profiles, footer links), cached with the tree."""
    request = context.get("request")
    return organisation_details(request) if request else {}
