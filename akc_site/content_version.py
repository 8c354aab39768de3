"""One number in the cache that stands for the state of the whole site, and values derived from the content.

What changes every page bumps the version (pages/signals.py calls `content_changed`): the
organisation's settings, a view restriction, publishing, moving or deleting the home page or a page
of the main menu. Whatever is derived from the content and cached (menus, footers, sitemaps, whole
pages) records the version and counts only under it, so every app server sharing the cache sees a
change at once and nothing needs to be deleted. A change to one page retires only its cache tags
(akc_site/cache_tags.py): `cached` values record the versions of the tags of what they showed and
count only while those are unchanged too.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from akc_site import cache_tags

logger = logging.getLogger(__name__)

VERSION_KEY = "site-tree:version"
DEFAULT_CACHE_SECONDS = 3600


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
    """`compute()`, cached while the content version and the versions of its tags are unchanged.

    `compute` runs inside a tag collector: the pages it loads and the listings and clock changes it
    notes are recorded with the value, and noted again in the enclosing collector (the page being
    rendered) whether the value is computed or served, so a page that shows a cached menu is
    tagged with the menu's pages. Computed afresh, and not stored, when the cache is down.
    """
    key = f"site-tree:{name}"
    try:
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        entry = found.get(key)
        if entry is not None and entry[0] == version and cache_tags.unchanged(entry[1]):
            _version, tag_versions, changes_at, value = entry
            cache_tags.note(*tag_versions)
            cache_tags.changes_at(changes_at)
            return value
    except Exception:  # the cache server is unreachable: compute, and keep the site up
        logger.exception("Cache unavailable for %s", name)
        return compute()
    with cache_tags.collecting() as collector:
        value = compute()
    try:
        store(key, version, value, collector)
    except Exception:
        logger.exception("Could not cache %s", name)
    return value


def store(key, version, value, collector):
    seconds = cache_timeout()
    left = collector.seconds_left()
    if left is not None:
        seconds = min(seconds, int(left))
    if seconds < 1:
        return  # what it shows changes within a second
    tag_versions = cache_tags.current_versions(collector.tags, collector.started_ns)
    if cache_tags.changed_since(tag_versions, collector.started_ns):
        return  # something it shows was retired while it was computed: it may be stale already
    cache.set(key, (version, tag_versions, collector.changes_at, value), seconds)
