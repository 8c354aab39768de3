"""The site's URLs. Apps above this one are included by name, so the lowest layer imports none of them."""

import posixpath
import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve as serve_media

from wagtail import views as wagtail_views

from akc_site import views as site_views

handler500 = "akc_site.views.server_error"

urlpatterns = [
    path("healthz", site_views.healthz, name="healthz"),
    path("readyz", site_views.readyz, name="readyz"),
    path("", include("pages.urls")),
    path("admin/", include("wagtail.admin.urls")),
    path("documents/", include("wagtail.documents.urls")),
]

# Wagtail stores documents under MEDIA_ROOT/documents/: they leave only through its document view
# (WAGTAILDOCS_SERVE_METHOD), which checks private pages and collections, never as plain media.
PRIVATE_MEDIA_FOLDERS = ("documents",)


def serve_public_media(request, path, document_root):
    folder = posixpath.normpath(path).lstrip("/").split("/", 1)[0]
    if folder in PRIVATE_MEDIA_FOLDERS:
        raise Http404("Not served as media")
    return serve_media(request, path, document_root=document_root)


if settings.DEBUG or settings.SERVE_MEDIA:
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns.append(
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve_public_media, {"document_root": settings.MEDIA_ROOT})
    )

# Every public page lives under a language prefix: /en/…, /ko/…; `/` redirects to the best one.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # A dataset's figures as CSV (publications/datasets.py), in the visitor's language.
    path("datasets/", include("publications.urls")),
    # Visitors' forms with addresses of their own, never cached (an event's registration, a hall visit).
    path("registrations/", include("registrations.urls")),
    path("hall-visits/", include("visits.urls")),
    # Wagtail's own pattern allows no dot in a path; a page's sub-route that names a file (an event's
    # calendar.ics, the listing's feed.atom) goes through Wagtail's routing all the same.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|atom))$", wagtail_views.serve, name="wagtail_serve_file"),
    path("", include("wagtail.urls")),
    prefix_default_language=True,
)
