from django import template
from django.template.defaultfilters import filesizeformat

from akc_site.json_ld import json_ld_script
from news.structured_data import news_article_data
from pages.navigation import organisation_details

register = template.Library()


@register.simple_tag(takes_context=True)
def news_structured_data(context, item):
    request = context["request"]
    organisation_name = organisation_details(request).get("organisation_name", "")
    image = item.social_image
    image_url = request.build_absolute_uri(image.get_rendition("fill-1200x630").url) if image else None
    return json_ld_script(news_article_data(item, request, organisation_name, image_url))


@register.filter
def document_type(document):
    """A document's type as visitors know it: "PDF", "HWP", "DOCX"."""
    return document.file_extension.upper()


@register.filter
def document_size(document):
    """A document's size in the language's own units, or "" when it is not known."""
    return filesizeformat(document.file_size) if document.file_size else ""
