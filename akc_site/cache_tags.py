"""Cache tags: what a cached response or fragment shows, so that a change retires only what shows it.

While a response (or a cached fragment) is rendered, a collector gathers its tags:

- `page:<id>` for every page it loads: each `Page` instance built from the database notes its own
  tag (a `post_init` receiver), so the page itself, its breadcrumbs, the cards of a listing, the
  halls and priorities named in filters are all noted without anyone listing them;
- listing tags (`list:events`, `list:events:hall:<id>`, …) for the lists it shows, noted where the
  list is chosen (`note(listing_tag(...))`): they stand for the pages that could join the list,
  which the page tags of today's members cannot;
- the next moment at which something it shows follows the clock (`changes_at`): a hall opening,
  an event ending, an exhibition closing.

Publishing page X retires `page:X` and the listing tags X belongs to (`retire`). A tag's version is a
number in the shared cache, set afresh when it is retired; an entry records the versions of its tags
and counts only while all are unchanged, so every app server sees a retirement at once and nothing
needs to be deleted. Versions are times in nanoseconds (`fresh_version`): an entry rendered while a
tag was retired sees a version later than its start and is not stored (`changed_since`).

Two tags stand for many: `pages` (ANY_PAGE_TAG), retired with any page, is noted by what shows
every page (the sitemap) and replaces the page tags of anything that would record more than
MAX_PAGE_TAGS of them, so an entry stays small and one round trip checks it. A task queued after a
retirement renders inside `started_after(version)`: the tags that carry exactly that version were
retired before it started, whatever the clocks say, so what it renders may be stored at once (the
warming task) instead of after CLOCK_MARGIN_NS; any other recent version still counts as a change.
"""

import contextvars
import secrets
import time
from contextlib import contextmanager

from django.core.cache import cache
from django.db.models.signals import post_init
from django.utils import timezone

from wagtail.models import Page

TAG_KEY_PREFIX = "cache-tag:"
# Clocks of different app servers may differ by this much; a tag retired this close before a render
# started counts as retired during it.
CLOCK_MARGIN_NS = 2_000_000_000
ANY_PAGE_TAG = "pages"
PAGE_TAG_PREFIX = "page:"
# More page tags than this (a very long list) are recorded as ANY_PAGE_TAG: the entry then retires
# with any page, as every entry did before tags, instead of checking thousands of versions a hit.
MAX_PAGE_TAGS = 500

_current = contextvars.ContextVar("cache_tag_collector", default=None)
_started_after = contextvars.ContextVar("cache_tag_started_after", default=None)


class Collector:
    """The tags noted, and the earliest moment noted at which what was shown changes."""

    def __init__(self):
        self.tags = set()
        self.changes_at = None
        self.started_ns = time.time_ns()

    def add(self, tags=(), changes_at=None):
        self.tags.update(tags)
        if changes_at is not None and (self.changes_at is None or changes_at < self.changes_at):
            self.changes_at = changes_at

    def seconds_left(self, now=None):
        """Seconds until the first noted change (None: nothing noted follows the clock)."""
        if self.changes_at is None:
            return None
        return (self.changes_at - (now or timezone.now())).total_seconds()


@contextmanager
def collecting():
    """Collect what is noted inside; on leaving, it is noted in the enclosing collector too."""
    collector = Collector()
    outer = _current.get()
    if outer is not None:
        # A value computed inside a response counts from the response's start: the versions it
        # gives tags seen for the first time must be old for the response's check too.
        collector.started_ns = outer.started_ns
    token = _current.set(collector)
    try:
        yield collector
    finally:
        _current.reset(token)
        outer = _current.get()
        if outer is not None:
            outer.add(collector.tags, collector.changes_at)


@contextmanager
def started_after(version):
    """What is collected inside began after the retirement that set `version` (see the module's docstring)."""
    token = _started_after.set(version)
    try:
        yield
    finally:
        _started_after.reset(token)


def note(*tags):
    collector = _current.get()
    if collector is not None:
        collector.add(tags)


def changes_at(*moments):
    """Note moments (aware datetimes; None and past ones are ignored) at which what is shown changes."""
    collector = _current.get()
    if collector is None:
        return
    now = timezone.now()
    future = [moment for moment in moments if moment is not None and moment > now]
    if future:
        collector.add(changes_at=min(future))


def page_tag(page_or_id):
    return f"{PAGE_TAG_PREFIX}{getattr(page_or_id, 'pk', page_or_id)}"


def is_page_tag(tag):
    return tag.startswith(PAGE_TAG_PREFIX)


def condensed(tags):
    """The tags to record: page tags give way to ANY_PAGE_TAG when it is noted or they are too many."""
    tags = set(tags)
    pages = {tag for tag in tags if is_page_tag(tag)}
    if ANY_PAGE_TAG in tags or len(pages) > MAX_PAGE_TAGS:
        return (tags - pages) | {ANY_PAGE_TAG}
    return tags


def listing_tag(*parts):
    return ":".join(("list", *map(str, parts)))


def _note_loaded_page(sender, instance, **kwargs):
    # Only instances read from the database (pages being built for a form have no pk yet).
    if instance.pk is not None and _current.get() is not None:
        note(page_tag(instance))


def connect_page_noting():
    """Note every page loaded while collecting: called once from akc_site's AppConfig.ready."""
    _connect_with_subclasses(Page)


def _connect_with_subclasses(model):
    post_init.connect(_note_loaded_page, sender=model, dispatch_uid=f"cache-tags:{model._meta.label}")
    for subclass in model.__subclasses__():
        _connect_with_subclasses(subclass)


def _key(tag):
    return f"{TAG_KEY_PREFIX}{tag}"


def fresh_version():
    return time.time_ns()


def current_versions(tags, started_ns):
    """{tag: version} now, for the `condensed` tags. A tag with no version yet (new, or evicted) gets
    one from before `started_ns`, random in its last digits so an evicted version is never given again."""
    tags = sorted(condensed(tags))
    found = cache.get_many([_key(tag) for tag in tags])
    versions = {tag: found.get(_key(tag)) for tag in tags}
    missing = {tag for tag, version in versions.items() if version is None}
    if missing:
        old = started_ns - CLOCK_MARGIN_NS - 1
        for tag in missing:
            cache.add(_key(tag), old - secrets.randbelow(1_000_000_000), timeout=None)
        added = cache.get_many([_key(tag) for tag in missing])
        versions.update({tag: added.get(_key(tag)) for tag in missing})
    return versions


def changed_since(versions, started_ns):
    """Whether any tag was retired while (or just before) the work that recorded `versions` ran."""
    known = _started_after.get()
    return any(
        version is None or (version > started_ns - CLOCK_MARGIN_NS and version != known)
        for version in versions.values()
    )


def unchanged(versions):
    """Whether every recorded tag version is still the current one: one round trip to the cache."""
    if not versions:
        return True
    found = cache.get_many([_key(tag) for tag in versions])
    return all(found.get(_key(tag)) == version for tag, version in versions.items())


def retire(tags):
    """Give each tag a new version: every entry that recorded an older one no longer counts.

    Retiring a page tag retires ANY_PAGE_TAG too. Returns the version set (see `started_after`)."""
    tags = set(tags)
    if any(is_page_tag(tag) for tag in tags):
        tags.add(ANY_PAGE_TAG)
    version = fresh_version()
    cache.set_many({_key(tag): version for tag in tags}, timeout=None)
    return version
