from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages import routing, signals  # noqa: F401 -- signals connects the cache invalidation
        from pages.models import BasePage

        # wagtail-modeltranslation replaces `route` on each translated model in its own ready(),
        # which runs first; put back routing that costs the same at any depth (see pages/routing.py).
        for model in apps.get_models():
            if issubclass(model, BasePage):
                model.route = routing.route
