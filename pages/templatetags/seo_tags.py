import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.structured_data import organisation_data_for
from programmes.templatetags.programme_tags import JSON_ESCAPES

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_structured_data(context, home_page):
    """schema.org Organization JSON-LD for the Centre; a data block, which the strict CSP allows."""
    request = context.get("request")
    data = organisation_data_for(request, home_page) if request else None
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 -- escaped above
