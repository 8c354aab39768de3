from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages import routing, signals  # noqa: F401 -- signals connects the cache invalidation
        from pages.models import BasePage
        from pages.search_index import blank_when_empty

        # wagtail-modeltranslation patches each translated model in its own ready(), which runs first:
        # put back routing that costs the same at any depth (pages/routing.py), and keep missing
        # translations out of the search index as empty text (pages/search_index.py).
        for model in apps.get_models():
            if issubclass(model, BasePage):
                model.route = routing.route
                # wagtail-modeltranslation has added a search field per language by now.
                model.search_fields = blank_when_empty(model.search_fields)
