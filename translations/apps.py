from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        # Imported here because app modules may import models only once every app is loaded.
        from pages.models import BasePage
        from translations import signals  # noqa: F401 -- connects the save receivers
        from translations.search_fields import blank_when_empty, with_title_autocomplete

        # wagtail-modeltranslation has added a search field per language to each page model in its own
        # ready(), which runs first (it comes first in INSTALLED_APPS).
        for model in apps.get_models():
            if issubclass(model, BasePage):
                model.search_fields = blank_when_empty(with_title_autocomplete(model.search_fields))
