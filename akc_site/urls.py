import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from akc_site import views as site_views
from pages import search as site_search
from pages import sitemap as site_map
from programmes import views as programme_views

# A page's path as Wagtail writes it: slugs, each followed by a slash.
PAGE_PATH = r"(?P<path>(?:[\w\-]+/)*)"

handler500 = "akc_site.views.server_error"

urlpatterns = [
    path("healthz", site_views.healthz, name="healthz"),
    path("readyz", site_views.readyz, name="readyz"),
    path("sitemap.xml", site_map.sitemap_xml, name="sitemap"),
    path("robots.txt", site_map.robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    from django.views.static import serve

    urlpatterns.append(
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        )
    )

# Every public page lives under a language prefix: /en/…, /ko/…; `/` redirects to the best one.
urlpatterns += i18n_patterns(
    re_path(rf"^{PAGE_PATH}calendar\.ics$", programme_views.calendar_file, name="calendar_file"),
    re_path(rf"^{PAGE_PATH}feed\.atom$", programme_views.atom_feed, name="atom_feed"),
    path("search/", site_search.search_view, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
