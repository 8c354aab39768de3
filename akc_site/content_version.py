"""One number in the cache that stands for the state of the published content.

Publishing, unpublishing, moving or deleting a page, or changing a view restriction, bumps it (the
content apps' signal receivers call `content_changed`). Whatever is derived from the content and
cached (menus, footers, sitemaps, whole pages) carries the version in its key, so every app server
sharing the cache sees a change at once and nothing needs to be deleted.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

VERSION_KEY = "site-tree:version"
CACHE_TIMEOUT = 60 * 60 * 24


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def content_changed():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key was evicted or never set
        cache.set(VERSION_KEY, 2, timeout=None)
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
            cache.set(key, value, CACHE_TIMEOUT)
        except Exception:
            logger.exception("Could not cache %s", name)
    return value
