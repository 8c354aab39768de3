"""Local development: debug on, a throwaway key, loopback hosts only."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-key-not-for-production-0f7c2a9e"  # noqa: S105 -- dev.py never serves the public
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
