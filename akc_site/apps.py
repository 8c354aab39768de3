from django.apps import AppConfig

from akc_site import checks  # noqa: F401 -- registers the deployment checks


class SiteConfig(AppConfig):
    name = "akc_site"
    verbose_name = "ASEAN-Korea Centre site"
