"""Keep what is cached from the page tree true to it: publishing, unpublishing, moving or deleting a
page, or changing a view restriction or the organisation's details, changes the content version
and purges the CDN, both once the change has committed (`transaction.on_commit`): before it, another
request could cache the old content again under the new version."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from akc_site.commits import after_commit
from akc_site.content_version import content_changed
from pages.cdn import purge_after_commit
from pages.models import OrganisationSettings


def content_changed_after_commit():
    after_commit(content_changed)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_tree_changed(sender, **kwargs):
    content_changed_after_commit()


@receiver(page_published)
@receiver(page_unpublished)
def purge_cdn(sender, instance, **kwargs):
    purge_after_commit(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed_after_commit()


@receiver(post_save)
def live_page_saved(sender, instance, **kwargs):
    # Code that saves a live page directly (imports, scripts) changes what visitors see too.
    if isinstance(instance, Page) and instance.live:
        content_changed_after_commit()


@receiver(post_save, sender=OrganisationSettings)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, **kwargs):
    content_changed_after_commit()
