from django import template

from akc_site.json_ld import json_ld_script
from pages.structured_data import organisation_data_for

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_structured_data(context, home_page):
    """schema.org Organization JSON-LD for the Centre."""
    request = context.get("request")
    data = organisation_data_for(request, home_page) if request else None
    return json_ld_script(data) if data else ""
