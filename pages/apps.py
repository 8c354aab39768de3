from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        # Signal receivers connect when their module is imported, which needs the models loaded first.
        from pages import signals  # noqa: F401, PLC0415
