"""Production: every secret and host comes from the environment; start-up fails clearly without."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
required_env("DATABASE_URL")  # base.py reads it; production must not fall back to SQLite
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS]

DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Sessions live in the database only, shared by every worker and app server. Not `cached_db`: a
# sign-out while Redis is unreachable would delete the row but leave the cached copy, which would
# sign the old cookie in again once Redis is back. Only editors have sessions; one query each.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"https://{ALLOWED_HOSTS[0].lstrip('.')}"

# A CDN that accepts HTTP PURGE requests (Varnish, Fastly...); see docs/deployment.md for others.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            # Wagtail's HTTP backend with a timeout (pages/cdn.py); run by the worker, after commit.
            "BACKEND": "pages.cdn.HTTPPurgeBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
            "TIMEOUT": float(os.environ.get("FRONTEND_CACHE_PURGE_TIMEOUT", "5")),
            # Varnish with the xkey vmod: purge by cache tag, one request a change (pages/cdn.py).
            "TAG_HEADER": os.environ.get("FRONTEND_CACHE_PURGE_TAG_HEADER", ""),
        }
    }

# A production site starts without examples unless asked (`load_initial_content --examples`).
INITIAL_CONTENT_EXAMPLES = False
