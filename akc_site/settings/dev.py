"""Local development: debug on, a throwaway key, loopback hosts only."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-key-not-for-production-0f7c2a9e"  # noqa: S105 -- dev.py never serves the public
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# `make bench` and its steps (docs/performance.md): a development tool, never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
