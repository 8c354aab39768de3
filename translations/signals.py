"""Page saves, as the workbench and wagtail-modeltranslation need them.

- Outdated translations: every save of a page (and of a revision, which saves the page's
  `latest_revision`) and of a translated snippet notes which English text each changed translation
  follows; a deleted snippet's notes go with it (a page's go by their foreign key).
- The explorer and the page chooser show `draft_title`, which Wagtail copies from the title in the
  saving editor's language; it is kept English, the language every editor shares.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from modeltranslation.utils import build_localized_fieldname

from akc_site.languages import SOURCE_LANGUAGE
from pages.models import BasePage
from translations.models import TranslationRecord
from translations.snippets import is_translatable_snippet, record_owner
from translations.tracking import note_translations


@receiver(pre_save)
def keep_draft_title_english(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, BasePage):  # raw: loaded from a fixture or backup as it was
        return
    if instance.pk is None or not instance.draft_title or (update_fields and "draft_title" in update_fields):
        english = getattr(instance, build_localized_fieldname("title", SOURCE_LANGUAGE))
        instance.draft_title = english or instance.draft_title


@receiver(post_save)
def note_changed_translations(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw:
        return
    if isinstance(instance, BasePage):
        if update_fields is None or "latest_revision" in update_fields:
            note_translations(instance)
    elif is_translatable_snippet(instance):
        note_translations(instance)


@receiver(post_delete)
def forget_deleted_snippet(sender, instance, **kwargs):
    if is_translatable_snippet(instance):
        TranslationRecord.objects.filter(**record_owner(instance)).delete()
