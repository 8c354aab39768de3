"""Rendering a visitor's form field with what assistive technology needs: its description and errors."""

from django import template

from contact.guards import HONEYPOT

register = template.Library()


@register.simple_tag
def field_widget(field):
    """The field's widget, described by its help text and errors (aria-describedby), marked invalid."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_honeypot(field):
    return field.name == HONEYPOT


@register.filter
def is_checkbox(field):
    return field.widget_type == "checkbox"


@register.filter
def is_choice_list(field):
    return field.widget_type in ("radioselect", "checkboxselectmultiple")
