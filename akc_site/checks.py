"""System checks of the deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_CACHES = ("django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache")


@register(Tags.caches, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    """Production needs a cache every worker and app server shares (docs/deployment.md).

    With one private to each process, a page made private or unpublished stays up on the other
    workers, and the content version that retires cached pages changes in one process only.
    """
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PER_PROCESS_CACHES:
        return []
    return [
        Error(
            f"The default cache ({backend}) is not shared between processes.",
            hint="Set REDIS_URL, or use the database cache of settings/base.py (manage.py createcachetable).",
            id="akc_site.E001",
        )
    ]
