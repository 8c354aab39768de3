from django.apps import AppConfig

from akc_site import checks  # noqa: F401 -- registers the deployment checks


class SiteConfig(AppConfig):
    name = "akc_site"
    verbose_name = "ASEAN-Korea Centre site"

    def ready(self):
        from akc_site.cache_tags import connect_page_noting  # noqa: PLC0415 -- needs the page models loaded

        connect_page_noting()
