"""One number in the cache that stands for the state of the published content.

Publishing, unpublishing, moving or deleting a page, or changing a view restriction, bumps it (the
content apps' signal receivers call `content_changed`). Whatever is derived from the content and
cached (menus, footers, sitemaps, whole pages) carries the version in its key, so every app server
sharing the cache sees a change at once and nothing needs to be deleted.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

VERSION_KEY = "site-tree:version"
DEFAULT_CACHE_SECONDS = 300


def cache_timeout():
    """How long a derived value lives: as long as a cached page, so a change the cache missed (Redis
    was unreachable when it was published) shows within PAGE_CACHE_SECONDS all the same."""
    return settings.PAGE_CACHE_SECONDS or DEFAULT_CACHE_SECONDS


def fresh_version():
    """A version no earlier one can equal, so an evicted version key never revives old entries."""
    return time.time_ns() // 1000


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, fresh_version(), timeout=None)
        version = cache.get(VERSION_KEY) or fresh_version()  # another process may have added first
    return version


def content_changed():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key was evicted or never set, or the cache is unreachable
        cache.set(VERSION_KEY, fresh_version(), timeout=None)
    except Exception:  # publishing must not fail because the cache is down; entries expire on their own
        logger.exception("Could not mark the content as changed in the cache")


def cached(name, compute):
    """`compute()`, cached under the current content version; computed afresh when the cache is down."""
    try:
        key = f"site-tree:{content_version()}:{name}"
        value = cache.get(key)
    except Exception:  # the cache server is unreachable: compute, and keep the site up
        logger.exception("Cache unavailable for %s", name)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, cache_timeout())
        except Exception:
            logger.exception("Could not cache %s", name)
    return value
