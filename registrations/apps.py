from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Event registrations")

    def ready(self):
        # Signal receivers connect when their module is imported, which needs the models loaded first.
        from registrations import signals  # noqa: F401, PLC0415
