from django import template

from publications.charts import display_number as format_number

register = template.Library()


@register.filter
def display_number(value):
    return format_number(value)
