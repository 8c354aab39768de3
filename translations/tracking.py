"""Note which English text each translation was made from, so the report can say it is outdated.

Every save of a page, of a page revision and of a translated snippet calls `note_translations`
(translations/signals.py): for
every translation whose text differs from the one last noted, the fingerprint of today's English
text is stored with it. Editing only the English text leaves the note alone, so the translation
shows as outdated until it is edited or confirmed (by a PO import that includes it). Two queries
per save, whatever the number of fields.

A translation no translator has looked at (the starting content's, `mark_awaiting_review`) is
*awaiting review* until a translator edits it, confirms it in a PO import or confirms the page's
language in the report (`confirm_review`).
"""

from django.utils import timezone

from akc_site.languages import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from translations.models import TranslationRecord
from translations.snippets import record_owner
from translations.units import has_content, localized, page_values, text_hash, translatable_fields


def note_translations(page, confirmed=()):
    """Store the English fingerprint of every changed translation of `page` (or snippet) and of the
    (field name, language) pairs in `confirmed`, which a translator has checked against it."""
    model = type(page)
    values = page_values(page)
    owner = record_owner(page)
    records = {(record.field_name, record.language): record for record in TranslationRecord.objects.filter(**owner)}
    confirmed = set(confirmed)
    now = timezone.now().replace(microsecond=0)  # whole seconds survive a JSON backup exactly
    to_create, to_update = [], []
    for name in translatable_fields(model):
        source_hash = None
        for language in TRANSLATION_LANGUAGES:
            translation = values[localized(name, language)]
            if not has_content(model, name, translation):
                continue
            translation_hash = text_hash(model, name, translation)
            record = records.get((name, language))
            if record and record.translation_hash == translation_hash and (name, language) not in confirmed:
                continue
            source_hash = source_hash or text_hash(model, name, values[localized(name, SOURCE_LANGUAGE)])
            if record is None:
                to_create.append(
                    TranslationRecord(
                        **owner,
                        field_name=name,
                        language=language,
                        source_hash=source_hash,
                        translation_hash=translation_hash,
                        recorded_at=now,
                    )
                )
            elif (record.source_hash, record.translation_hash) != (source_hash, translation_hash) or (
                record.awaiting_review
            ):
                record.source_hash, record.translation_hash, record.recorded_at = source_hash, translation_hash, now
                record.awaiting_review = False
                to_update.append(record)
    if to_create:
        TranslationRecord.objects.bulk_create(to_create)
    if to_update:
        TranslationRecord.objects.bulk_update(
            to_update, ["source_hash", "translation_hash", "recorded_at", "awaiting_review"]
        )


def mark_awaiting_review(page_ids, language):
    """Mark the translations of `page_ids` in `language` as made without a translator."""
    TranslationRecord.objects.filter(page_id__in=page_ids, language=language).update(awaiting_review=True)


def confirm_review(page, language):
    """A translator has read the page's translation in `language`: it is no longer awaiting review."""
    return TranslationRecord.objects.filter(page_id=page.pk, language=language, awaiting_review=True).update(
        awaiting_review=False
    )


def is_awaiting_review(page, language):
    return TranslationRecord.objects.filter(page_id=page.pk, language=language, awaiting_review=True).exists()
