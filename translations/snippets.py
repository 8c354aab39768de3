"""Snippets translated in the workbench beside pages: press contacts, datasets and any other snippet
with fields registered for translation (modeltranslation).

A snippet has no revisions: its translations are saved to it directly. Its translation records name
it by content type and id (translations/models.py); in PO files its entries' context starts
`snippet:<app label>.<model name>:<id>` (translations/po.py). Whoever may translate pages may
translate snippets' translated fields; only whoever may change a snippet opens its editor.
"""

import functools
import re

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst

from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from pages.fallback import translated_field_names

SNIPPET_PART = re.compile(r"snippet:([a-z0-9_]{1,100})\.([a-z0-9_]{1,100}):([0-9]{1,20})")


@functools.cache
def translatable_snippet_models():
    """The registered snippet models with translated fields, in a stable order (known once the apps
    are ready; every save asks, so it is worked out once)."""
    models = [model for model in get_snippet_models() if not issubclass(model, Page) and translated_field_names(model)]
    return tuple(sorted(models, key=lambda model: model._meta.label_lower))


def is_translatable_snippet(instance):
    return type(instance) in translatable_snippet_models()


def translatable_snippets(snippet_models=None):
    """Every snippet of the translatable models (or of `snippet_models`), one query per model."""
    return [
        snippet
        for model in (snippet_models or translatable_snippet_models())
        for snippet in model.objects.order_by("pk")
    ]


def owner_key(item):
    """How the workbench keys a page (its id) or a snippet ((content type id, id))."""
    if isinstance(item, Page):
        return item.pk
    return (ContentType.objects.get_for_model(item).pk, item.pk)


def record_owner(item):
    """The TranslationRecord fields that name `item`, as filter or constructor arguments."""
    if isinstance(item, Page):
        return {"page_id": item.pk}
    return {"content_type": ContentType.objects.get_for_model(item), "object_id": item.pk}


def context_prefix(item):
    if isinstance(item, Page):
        return f"page:{item.pk}"
    return f"snippet:{item._meta.label_lower}:{item.pk}"


def owner_reference(item):
    """A page's id or a snippet's context prefix: how plain JSON and command output name an item."""
    return item.pk if isinstance(item, Page) else context_prefix(item)


def snippet_model_named(app_label, model_name):
    """The translatable snippet model `app_label.model_name`, or None."""
    label = f"{app_label}.{model_name}"
    return next((model for model in translatable_snippet_models() if model._meta.label_lower == label), None)


def type_label(item):
    model = item.specific_class if isinstance(item, Page) else type(item)
    return capfirst(model._meta.verbose_name)


def display_title(item):
    return item.get_admin_display_title() if isinstance(item, Page) else str(item)


def user_may_change_snippet(user, snippet):
    opts = snippet._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


def snippet_edit_url(snippet):
    opts = snippet._meta
    try:
        return reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[snippet.pk])
    except NoReverseMatch:
        return ""


def snippet_named(prefix):
    """The snippet a `snippet:<app>.<model>:<id>` prefix names, or None."""
    match = SNIPPET_PART.fullmatch(prefix or "")
    model = match and snippet_model_named(match[1], match[2])
    return model.objects.filter(pk=int(match[3])).first() if model else None
