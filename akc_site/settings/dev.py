"""Local development: debug on, a throwaway key, loopback hosts only."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-key-not-for-production-0f7c2a9e"  # noqa: S105 -- dev.py never serves the public
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Mail is queued as in production, and the worker `make run` starts writes each message to a file
# under var/mail/ (one file per worker run; read them with any text editor).
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = VAR_DIR / "mail"  # noqa: F405

# `make bench` and its steps (docs/performance.md): a development tool, never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
