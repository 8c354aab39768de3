"""Example content: pages marked `is_example`, shown to visitors as examples and removed in one go."""

from django.db import transaction

from wagtail.models import Page, get_page_models


def example_page_models():
    return [model for model in get_page_models() if any(field.name == "is_example" for field in model._meta.fields)]


def example_pages():
    """Every example page, of every page type, as Wagtail pages in tree order (parents first)."""
    ids = set()
    for model in example_page_models():
        ids.update(model.objects.filter(is_example=True).values_list("pk", flat=True))
    return Page.objects.filter(pk__in=ids).order_by("path")


@transaction.atomic
def remove_examples():
    """Delete every example page with what lies under it; returns the number of example pages removed."""
    removed, deleted_paths = 0, []
    for page in example_pages():
        removed += 1
        if any(page.path.startswith(path) for path in deleted_paths):
            continue  # already gone with an example above it
        deleted_paths.append(page.path)
        page.delete()
    return removed
