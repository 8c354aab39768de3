from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        # Imported here: these modules import models, which exist only once every app is loaded;
        # `signals` connects the save receivers by being imported.
        from pages.models import BasePage  # noqa: PLC0415
        from translations import signals  # noqa: F401, PLC0415
        from translations.comparison import register_language_comparisons  # noqa: PLC0415
        from translations.search_fields import blank_when_empty, with_title_autocomplete  # noqa: PLC0415

        # wagtail-modeltranslation has added a search field per language to each page model in its own
        # ready(), which runs first (it comes first in INSTALLED_APPS).
        for model in apps.get_models():
            if issubclass(model, BasePage):
                model.search_fields = blank_when_empty(with_title_autocomplete(model.search_fields))

        register_language_comparisons()
