from django import template
from django.utils.dates import WEEKDAYS

from akc_site.json_ld import json_ld_script
from pages.navigation import organisation_details
from programmes.structured_data import event_data

register = template.Library()


@register.simple_tag(takes_context=True)
def event_structured_data(context, event):
    request = context["request"]
    organisation_name = organisation_details(request).get("organisation_name", "")
    return json_ld_script(event_data(event, request, organisation_name))


@register.simple_tag
def weekday_name(number):
    return WEEKDAYS[number]
