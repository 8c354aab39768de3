import json

from django import template
from django.utils.dates import WEEKDAYS
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.site_tree import organisation_details
from programmes.structured_data import event_data

register = template.Library()

# The characters that could end a <script> element or start a comment inside it.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def event_structured_data(context, event):
    request = context["request"]
    organisation_name = organisation_details(request).get("organisation_name", "")
    payload = json.dumps(event_data(event, request, organisation_name), ensure_ascii=False)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload.translate(JSON_ESCAPES)))  # noqa: S308 -- escaped above


@register.simple_tag
def weekday_name(number):
    return WEEKDAYS[number]
