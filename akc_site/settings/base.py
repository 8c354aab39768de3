"""Settings shared by every environment. Safe by default: dev.py relaxes, production.py requires."""

import os
from pathlib import Path

import dj_database_url

from akc_site.environment import email_settings, logging_config, object_storage_origin, start_sentry
from akc_site.formats import DATE_NAMES_DIR
from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE, django_languages, register_language_info

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("AKC_VAR_DIR", BASE_DIR / "var"))

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # wagtail_modeltranslation patches Wagtail's models and must come before the apps it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # The project's apps, lowest layer first (docs/architecture.md).
    "akc_site",
    "staff",
    "images",
    "pages",
    "countries",
    "programmes",
    "news",
    "publications",
    "contact",
    "registrations",
    "visits",
    "home",
    "search",
    "translations",
    # Not "wagtail.contrib.frontend_cache": its receivers purge inside the editor's transaction;
    # pages/signals.py purges once it commits, through the same Wagtail functions and task.
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    # The task queue's table and its worker (`manage.py run_worker`, akc_site/tasks.py).
    "django_tasks",
    "django_tasks_db",
    # Wagtail 8's search index uses PostgreSQL's SearchVectorField there; harmless on SQLite.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    # First: refuses an oversized Cookie header before anything parses it (akc_site/middleware.py).
    "akc_site.middleware.RequestHeaderLimitMiddleware",
    # Next: every log line of the request carries its id (akc_site/request_id.py).
    "akc_site.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Load balancers' probes, from any Host, before anything validates it (akc_site/middleware.py).
    "akc_site.middleware.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything that reads the database, so cached pages survive a database outage, and before
    # the middleware that adds headers: stored pages carry those, and a hit skips them (make bench).
    "akc_site.page_cache.PageCacheMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "akc_site.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first, so a locked-out login never reaches the password check
    "django.contrib.auth.backends.ModelBackend",
]
# Lock an account out for an hour after five failed sign-ins from the same address.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
# The address is the client's, not the load balancer's: AKC_TRUSTED_PROXY_COUNT proxies in front
# append to X-Forwarded-For (0, the default, ignores the header; akc_site/client_ip.py).
AKC_TRUSTED_PROXY_COUNT = int(os.environ.get("AKC_TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "akc_site.client_ip.client_ip"

# A few cookies of this site take a few hundred bytes; browsers send at most about 4 kB a cookie.
MAX_COOKIE_HEADER_BYTES = 8192

ROOT_URLCONF = "akc_site.urls"
WSGI_APPLICATION = "akc_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the one list lives in akc_site.languages.
register_language_info()
LANGUAGE_CODE = SOURCE_LANGUAGE
LANGUAGES = django_languages()
# The project's catalogues, then the date names Django lacks for fil, lo and my (akc_site/formats).
LOCALE_PATHS = [BASE_DIR / "locale", DATE_NAMES_DIR]
FORMAT_MODULE_PATH = ["akc_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Seoul"  # the Centre's time; the database stores UTC

MODELTRANSLATION_DEFAULT_LANGUAGE = SOURCE_LANGUAGE
MODELTRANSLATION_FALLBACK_LANGUAGES = (SOURCE_LANGUAGE,)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Production's front server (or CDN) serves MEDIA_ROOT; SERVE_MEDIA=true lets Django do it where there
# is none in front, as on one machine or in the benchmark's Lighthouse run (development always does).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Object storage (S3 or any S3-compatible service) for uploads when a bucket is named: every app
# server, on any machine, sees every upload. Same-named uploads get new names (never overwritten);
# files are private to the bucket (documents still go out only through Wagtail's view, which checks
# privacy); images are linked directly, or through AWS_S3_CUSTOM_DOMAIN (a CDN) when set.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": not os.environ.get("AWS_S3_CUSTOM_DOMAIN"),
            "querystring_expire": 3600,
        },
    }

# One cache shared by every process and app server: a private one would keep a page public, an
# unpublished page up, or a signed-out session alive on the other workers. Redis when REDIS_URL is
# set, treated as optional (akc_site/cache.py: short timeouts, pages from the database while it is
# unreachable); otherwise the database (`manage.py createcachetable`). test.py alone uses memory.
CACHE_SOCKET_TIMEOUT = float(os.environ.get("CACHE_SOCKET_TIMEOUT", "0.25"))


def redis_cache(url):
    return {
        "BACKEND": "akc_site.cache.OptionalRedisCache",
        "LOCATION": url,
        "OPTIONS": {"socket_connect_timeout": CACHE_SOCKET_TIMEOUT, "socket_timeout": CACHE_SOCKET_TIMEOUT},
    }


DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "akc_cache",
    # Django's default (300) would cull pages after a few hundred; culling costs a COUNT per write.
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
CACHES = {"default": redis_cache(os.environ["REDIS_URL"]) if os.environ.get("REDIS_URL") else DATABASE_CACHE}
# Wagtail looks renditions up in the "renditions" cache: the shared one, so no app server asks the
# database (or the object storage) again for a rendition another one made.
CACHES["renditions"] = {**CACHES["default"], "KEY_PREFIX": "renditions"}

# Background tasks (Wagtail 8's search and reference indexing, file deletion, CDN purges, e-mail,
# large translation imports) go to a queue in the database, which `manage.py run_worker` works
# through (akc_site/management/commands/run_worker.py); it also publishes scheduled pages each
# minute. test.py runs tasks at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A translator's PO file larger than this is imported by the worker (translations/tasks.py).
TRANSLATION_IMPORT_IN_BACKGROUND_BYTES = 200_000

# E-mail (moderation notices, password resets) leaves through the task queue (akc_site/mail.py),
# so an SMTP server that is slow or down never holds up a request. EMAIL_URL
# (smtp://user:password@host:587, smtps:// for implicit TLS, ?tls=true... see akc_site/mail.py) or
# the separate EMAIL_* variables; without either, mail goes to localhost:25 as Django's default.
EMAIL_BACKEND = "akc_site.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL = email_settings(os.environ)
EMAIL_HOST = EMAIL["host"]
EMAIL_PORT = EMAIL["port"]
EMAIL_HOST_USER = EMAIL["user"]
EMAIL_HOST_PASSWORD = EMAIL["password"]
EMAIL_USE_TLS = EMAIL["use_tls"]
EMAIL_USE_SSL = EMAIL["use_ssl"]
EMAIL_TIMEOUT = EMAIL["timeout"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "ASEAN-Korea Centre"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False  # one page per language would fight modeltranslation's fields
# A page is one tree node with every language in its fields: a CDN purge covers each language's URL.
WAGTAILFRONTENDCACHE_LANGUAGES = list(LANGUAGE_CODES)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "images.SiteImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents go out through Wagtail's view only (it checks privacy and collections), whatever the
# storage; /media/documents/ is refused (akc_site/urls.py, and the front server: docs/deployment.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Publications, office files and data; no archives (they could carry programs). Each upload's content
# is checked against its extension, programs and macros refused (akc_site/documents.py).
WAGTAILDOCS_EXTENSIONS = ["pdf", "epub", "docx", "xlsx", "pptx", "hwp", "hwpx", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 100 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "akc_site.documents.SafeDocumentForm"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
# A load balancer probes the health checks over plain HTTP: no redirect to HTTPS for them.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No page of the site uses these browser features; deny them to anything embedded too.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "xr-spatial-tracking",
    )
}

# Full-page cache for anonymous visitors (akc_site/page_cache.py). A change retires only the pages
# that show it (cache tags) and what follows the clock expires when it changes, so this is only the
# longest an entry lives: a safety net for a change published while the cache was unreachable.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
# After a publish, a task renders home, the menu's sections and the page again (pages/warming.py),
# in every language, at most this many requests (0: no warming).
PAGE_CACHE_WARM_REQUESTS = int(os.environ.get("PAGE_CACHE_WARM_REQUESTS", "40"))
PAGE_CACHE_BROWSER_SECONDS = 60
# Entries with query parameters (listing filters, pages) per page and PAGE_CACHE_SECONDS; beyond, uncached.
PAGE_CACHE_MAX_VARIANTS = int(os.environ.get("PAGE_CACHE_MAX_VARIANTS", "100"))
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/readyz", "/static/", "/media/")
PAGE_CACHE_EXCLUDED_PARTS = ("/search/",)

# What visitors send (inquiries, registrations, visit requests; contact/guards.py): a form sent
# sooner than this after it was shown is a robot's; at most this many sends an hour from one
# address (the client's IP, and the e-mail address given), counted in the shared cache.
FORM_MIN_FILL_SECONDS = int(os.environ.get("FORM_MIN_FILL_SECONDS", "3"))
FORM_SENDS_PER_HOUR = int(os.environ.get("FORM_SENDS_PER_HOUR", "5"))

# Management commands the worker (manage.py run_worker) runs every so many seconds, one worker at
# a time: scheduled publishing every minute, and the deletion of personal data whose stated
# retention period has ended (contact/retention.py) every hour.
WORKER_PERIODIC_COMMANDS = {"publish_scheduled": 60, "purge_personal_data": 3600}
X_FRAME_OPTIONS = "DENY"

# Public pages have no inline script or style, so the policy can be strict (django-csp 4).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The players of news/video.py, framed only after a visitor presses play (no script of theirs here).
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
    }
}
# Images in object storage come from its origin (akc_site/environment.py), not the site's.
if AWS_STORAGE_BUCKET_NAME:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(object_storage_origin(os.environ))
# Wagtail's admin still uses inline scripts and styles and previews pages in frames; only it gets these.
ADMIN_URL_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], "blob:"],
    "frame-ancestors": ["'self'"],
}

# One line per event on standard error: time, level, logger, request id and message; one JSON
# object per line with LOG_FORMAT=json (akc_site/environment.py, akc_site/request_id.py).
# Errors go to Sentry when SENTRY_DSN is set.
LOGGING = logging_config(os.environ.get("LOG_FORMAT", "text"), os.environ.get("LOG_LEVEL", "WARNING"))
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    start_sentry(SENTRY_DSN, os.environ.get("SENTRY_ENVIRONMENT", "production"))

# The initial content's example events and exhibitions (is_example): loaded for development and demos.
INITIAL_CONTENT_EXAMPLES = True
