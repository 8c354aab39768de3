"""Site-wide views: health checks for load balancers, and the error page that knows about the database."""

import sys
from pathlib import Path

from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache

from wagtail.models import Site

DATABASE_RETRY_SECONDS = 30


@never_cache
def healthz(request):
    """The process is alive: answers without touching the database or the cache."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """Ready for traffic while the database answers; the cache is optional.

    Without the cache (Redis unreachable) pages are rendered from the database, so the answer is
    still 200, with "status": "degraded" for monitoring: a load balancer taking every app server
    out because of Redis would turn a slower site into no site.
    """
    database = _database_answers()
    # The database cache would reach (on SQLite: create) the very database that failed.
    cache_answers = _cache_answers() if database or not isinstance(caches["default"], DatabaseCache) else False
    status = "unavailable" if not database else "ready" if cache_answers else "degraded"
    return JsonResponse(
        {"status": status, "database": database, "cache": cache_answers}, status=200 if database else 503
    )


def _database_answers():
    """The database holds the site's tables (an empty database answers "SELECT 1" too).

    A SQLite file that has gone is not ready, although an open connection still reads the old file
    and a new one would create an empty file.
    """
    sqlite_file = connection.vendor == "sqlite" and not connection.is_in_memory_db()
    if sqlite_file and not Path(connection.settings_dict["NAME"]).is_file():
        return False
    try:
        list(Site.objects.order_by().values_list("pk", flat=True)[:1])
    except DatabaseError:
        return False
    return True


def _cache_answers():
    try:
        cache.set("readyz", "ok", 10)
        return cache.get("readyz") == "ok"
    except Exception:  # any backend error means "not ready"
        return False


def server_error(request, template_name="500.html"):
    """The 500 page; a lost database is a 503 with its own page, so load balancers and visitors retry.

    Both templates render without the database or a request context, in the visitor's language
    (LocaleMiddleware has already activated it).
    """
    if isinstance(sys.exc_info()[1], DatabaseError):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
    else:
        response = HttpResponse(loader.render_to_string(template_name), status=500)
    add_never_cache_headers(response)
    return response
