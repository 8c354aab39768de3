"""The shared cache on Redis, treated as optional: while Redis is unreachable the site runs without it.

Django's own Redis backend raises on every call when Redis is stopped, and waits for the socket
on every call when Redis hangs; Wagtail reads the cache on every request, so either way the site
would be down with Redis. `OptionalRedisCache` is Django's backend with two changes:

- an operation that cannot reach Redis answers as a miss (`get` gives the default, `set` stores
  nothing), so pages are rendered from the database and sessions, which live in the database,
  keep working;
- after a failure the backend does not try Redis again for `RETRY_SECONDS` in this process (a
  circuit breaker), so a hung Redis costs one socket timeout per process every few seconds
  instead of one per cache call. One warning is logged each time, without a traceback.

Short socket timeouts (`socket_connect_timeout`, `socket_timeout` in OPTIONS, settings/base.py)
bound the one wait. While Redis is unreachable nothing is stored or invalidated there, so an entry
written before the outage can outlive a publish made during it, but never its own timeout:
PAGE_CACHE_SECONDS for pages and for what is derived from the content (docs/deployment.md).
django-redis's IGNORE_EXCEPTIONS ignores errors call by call, each after its own timeout and with a
traceback each; its maintainers left a threshold like this one to a custom client (jazzband/django-redis#281).
"""

import logging
import time

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
UNREACHABLE = (RedisError, OSError)


class OptionalRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._retry_at = 0.0  # time.monotonic() before which Redis is not tried again

    @property
    def available(self):
        """False while the last attempt to reach Redis failed less than RETRY_SECONDS ago."""
        return time.monotonic() >= self._retry_at

    def _guarded(self, default, operation, *args, **kwargs):
        if not self.available:
            return default
        try:
            return operation(*args, **kwargs)
        except UNREACHABLE as error:
            self._retry_at = time.monotonic() + RETRY_SECONDS
            logger.warning(
                "Cache unreachable (%s: %s); serving without it, next try in %.0f s",
                type(error).__name__,
                error,
                RETRY_SECONDS,
            )
            return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guarded(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guarded({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        result = self._guarded(None, super().incr, key, delta, version)
        if result is None:  # as for a missing key: callers already handle that
            raise ValueError(f"Key '{key}' not found (the cache is unreachable)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        self._guarded(None, super().delete_many, keys, version)

    def clear(self):
        return self._guarded(False, super().clear)
