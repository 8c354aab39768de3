"""The test suite: fast hashing, in-memory storage for uploads, the same database URL logic."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105 -- test settings never serve the public
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
# Tasks run at once, inside the test (the services tests run production's queue and worker).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# `make bench` and its steps (docs/performance.md): a development tool, never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# One process, and tests count queries: memory (the services tests run production's shared caches).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "akc"}}

# Tests measure the real work of a render; the page cache has its own tests that switch it on.
PAGE_CACHE_SECONDS = 0
