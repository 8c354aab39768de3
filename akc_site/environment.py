"""Settings read from the environment that need more than `os.environ.get`: e-mail, logs, Sentry.

Plain functions of the environment, imported by settings/base.py before Django is set up.
"""

from urllib.parse import parse_qs, unquote, urlsplit

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

TRUE = ("1", "true", "yes", "on")
# EMAIL_URL schemes: smtp (plain, or STARTTLS with ?tls=true), smtp+tls (STARTTLS), smtps (implicit TLS).
EMAIL_SCHEMES = {"smtp": (False, False), "smtp+tls": (True, False), "smtps": (False, True), "smtp+ssl": (False, True)}


def email_settings(environ):
    """Django's EMAIL_* values from EMAIL_URL, or else from EMAIL_HOST, EMAIL_PORT and the rest."""
    settings = {
        "host": environ.get("EMAIL_HOST", "localhost"),
        "port": int(environ.get("EMAIL_PORT", "25")),
        "user": environ.get("EMAIL_HOST_USER", ""),
        "password": environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": environ.get("EMAIL_USE_TLS", "false").lower() in TRUE,
        "use_ssl": environ.get("EMAIL_USE_SSL", "false").lower() in TRUE,
        "timeout": float(environ.get("EMAIL_TIMEOUT", "10")),
    }
    url = environ.get("EMAIL_URL", "").strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme not in EMAIL_SCHEMES:
            raise ValueError(f"EMAIL_URL must start with one of {', '.join(EMAIL_SCHEMES)}:// (got {parts.scheme!r})")
        use_tls, use_ssl = EMAIL_SCHEMES[parts.scheme]
        query = parse_qs(parts.query)
        use_tls = use_tls or query.get("tls", ["false"])[0].lower() in TRUE
        settings.update(
            host=parts.hostname or "localhost",
            port=parts.port or (465 if use_ssl else 587 if use_tls else 25),
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            use_tls=use_tls,
            use_ssl=use_ssl,
        )
    if settings["use_tls"] and settings["use_ssl"]:
        raise ValueError("Set EMAIL_USE_TLS (STARTTLS) or EMAIL_USE_SSL (implicit TLS), not both.")
    return settings


def object_storage_origin(environ):
    """Where pages' images come from with object storage: the CDN domain, the endpoint, or AWS's own."""
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        return f"https://{environ['AWS_S3_CUSTOM_DOMAIN']}"
    if environ.get("AWS_S3_ENDPOINT_URL"):
        parts = urlsplit(environ["AWS_S3_ENDPOINT_URL"])
        return f"{parts.scheme}://{parts.netloc}"
    region = environ.get("AWS_S3_REGION_NAME")
    host = f"s3.{region}.amazonaws.com" if region else "s3.amazonaws.com"
    return f"https://{environ['AWS_STORAGE_BUCKET_NAME']}.{host}"


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s"


def logging_config(log_format, level):
    """One line per event on standard error, with the time (UTC, ISO 8601), level, logger and request id."""
    if log_format not in ("text", "json"):
        raise ValueError(f"LOG_FORMAT must be text or json (got {log_format!r})")
    formatter = {
        "text": {"()": "akc_site.request_id.UTCFormatter", "format": TEXT_FORMAT},
        "json": {
            "()": "akc_site.request_id.JSONFormatter",
            "format": JSON_FIELDS,
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    }[log_format]
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "akc_site.request_id.RequestIdFilter"}},
        "formatters": {"line": formatter},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "line", "filters": ["request_id"]},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django's own loggers write through the handler above too, not also through Django's
            # default console handler (which would print the development server's errors twice).
            "django": {"handlers": [], "level": level, "propagate": True},
            # The worker says what it runs (django_tasks), not that it found nothing to run each second.
            "django_tasks": {"level": "INFO"},
            "django_tasks_db": {"level": "WARNING"},
            "akc_site.tasks": {"level": "INFO"},
        },
    }


def start_sentry(dsn, environment):
    """Errors (logged or unhandled) to Sentry; no personal data, no performance tracing by default."""
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        traces_sample_rate=0.0,
    )
