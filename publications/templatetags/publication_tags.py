from django import template

from akc_site.json_ld import json_ld_script
from pages.navigation import organisation_details
from publications.structured_data import publication_data

register = template.Library()


@register.simple_tag(takes_context=True)
def publication_structured_data(context, publication, files):
    request = context["request"]
    organisation_name = organisation_details(request).get("organisation_name", "")
    return json_ld_script(publication_data(publication, files, request, organisation_name))
