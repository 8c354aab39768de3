"""Keep what is cached true to the page tree, once each change has committed (`after_commit`: before
it, another request could cache the old content again as new).

- Publishing, unpublishing or deleting a page retires its cache tags (akc_site/cache_tags.py): its
  own, `page:<id>`, which every response and cached value that loaded the page recorded, and its
  listing tags (`cache_listing_tags()` of the page model: the lists it belongs to or could join).
  Only what showed the page or such a list is rendered again, in every language. The CDN is
  purged of the same (pages/cdn.py), and a publish warms the page cache again (pages/warming.py).
- Moving a page retires its tag, its descendants' (their addresses change), its listing tags at
  the old place and the new, and the new parent's tag.
- Code that saves a live page directly (imports, scripts) retires the page's tags; saving a draft
  revision, which visitors do not see, does not.
- What every page shows changes the content version, which retires everything cached: the
  organisation's settings (the footer), view restrictions (which pages are public), and
  publishing, moving or deleting a site's home page or a page directly under it (the main menu).
"""

import logging
from functools import partial

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from akc_site import cache_tags
from akc_site.commits import after_commit
from akc_site.content_version import content_changed
from pages.cdn import purge_after_commit
from pages.models import OrganisationSettings

logger = logging.getLogger(__name__)

# The tree's root is at depth 1 and a site's home page under it at 2: pages down to depth 3 are the
# home pages and the main menu's pages, which every page shows.
MENU_DEPTH = 3
# What `save_revision` and locking write: the live page visitors see stays the same.
EDITORIAL_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def content_changed_after_commit():
    after_commit(content_changed)


def shown_on_every_page(page):
    return page.depth <= MENU_DEPTH


def tags_of(page):
    """The page's own tag and its listing tags (`cache_listing_tags`, where its model has one)."""
    tags = {cache_tags.page_tag(page)}
    listing_tags = getattr(page, "cache_listing_tags", None)
    if listing_tags is not None:
        try:
            tags.update(listing_tags())
        except Exception:  # a half-deleted page: its own tag still goes
            logger.exception("Could not list the cache tags of page %s", page.pk)
    return tags


def specific(page):
    return page.specific if type(page) is Page else page


def retire_tags(tags, then=None):
    """Retire `tags`; `then(version)` afterwards, with the version they were given."""
    try:
        version = cache_tags.retire(tags)
    except Exception:  # publishing must not fail because the cache is down; entries expire on their own
        logger.exception("Could not retire cache tags")
        return
    if then is not None:
        then(version)


def queue_warming(page_id, version):
    from pages.warming import warm_after_publish, warming_on  # noqa: PLC0415 -- the test client loads late

    if warming_on():
        try:
            warm_after_publish.enqueue(page_id, version)
        except Exception:
            logger.exception("Could not queue the warming of the page cache")


def page_changed(page, tags=None, others=(), warm=False):
    """After the commit: retire the page's tags (or `tags`), purge the CDN of them, warm if asked."""
    tags = tags_of(page) if tags is None else tags
    if shown_on_every_page(page):
        content_changed_after_commit()
    after_commit(partial(retire_tags, sorted(tags), partial(queue_warming, page.pk) if warm else None))
    purge_after_commit(page, tags, others)


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    page_changed(specific(instance), warm=True)


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    page_changed(specific(instance))


# Moves: the listing tags of the page where it was, kept from before the move until after it.
_tags_before_move = {}


@receiver(pre_page_move)
def page_will_move(sender, instance, **kwargs):
    _tags_before_move[instance.pk] = tags_of(specific(instance))


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    page = specific(instance)
    tags = tags_of(page) | _tags_before_move.pop(page.pk, set())
    tags.add(cache_tags.page_tag(parent_page_after))
    tags.update(map(cache_tags.page_tag, Page.objects.descendant_of(page).values_list("pk", flat=True)))
    if min(parent_page_before.depth, parent_page_after.depth) < MENU_DEPTH:
        content_changed_after_commit()  # it leaves or joins the main menu
    page_changed(page, tags, others=(parent_page_before.specific, parent_page_after.specific))


@receiver(pre_delete)
def page_deleted(sender, instance, **kwargs):
    # Before the delete, while the page and its place in the tree can still be read; the retirement
    # waits for the commit all the same. Sent for each page of a deleted subtree.
    # Deleting a page deletes its Page row and its specific row, each with this signal: act on the
    # specific one, or on the Page row when there is no other (its model is Page, or gone).
    if isinstance(instance, Page) and (type(instance) is not Page or instance.specific_class in (None, Page)):
        page_changed(instance)


@receiver(post_save)
def live_page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    # Code that saves a live page directly (imports, scripts) changes what visitors see too.
    if not isinstance(instance, Page) or not instance.live:
        return
    if raw:  # fixtures and restores write rows as they are (a page's own table without its tree
        content_changed_after_commit()  # fields): anything may have changed, so everything retires
        return
    if update_fields is not None and set(update_fields) <= EDITORIAL_FIELDS:
        return
    if shown_on_every_page(instance):
        content_changed_after_commit()
    after_commit(partial(retire_tags, sorted(tags_of(instance))))


@receiver(post_save, sender=OrganisationSettings)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, **kwargs):
    content_changed_after_commit()
