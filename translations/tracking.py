"""Note which English text each translation was made from, so the report can say it is outdated.

Every save of a page and of a page revision calls `note_translations` (translations/signals.py): for
every translation whose text differs from the one last noted, the fingerprint of today's English
text is stored with it. Editing only the English text leaves the note alone, so the translation
shows as outdated until it is edited or confirmed (by a PO import that includes it). Two queries
per save, whatever the number of fields.
"""

from django.utils import timezone

from akc_site.languages import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from translations.models import TranslationRecord
from translations.units import has_content, localized, page_values, text_hash, translatable_fields


def note_translations(page, confirmed=()):
    """Store the English fingerprint of every changed translation of `page` and of the
    (field name, language) pairs in `confirmed`, which a translator has checked against it."""
    model = type(page)
    values = page_values(page)
    records = {
        (record.field_name, record.language): record for record in TranslationRecord.objects.filter(page_id=page.pk)
    }
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
                        page_id=page.pk,
                        field_name=name,
                        language=language,
                        source_hash=source_hash,
                        translation_hash=translation_hash,
                        recorded_at=now,
                    )
                )
            elif (record.source_hash, record.translation_hash) != (source_hash, translation_hash):
                record.source_hash, record.translation_hash, record.recorded_at = source_hash, translation_hash, now
                to_update.append(record)
    if to_create:
        TranslationRecord.objects.bulk_create(to_create)
    if to_update:
        TranslationRecord.objects.bulk_update(to_update, ["source_hash", "translation_hash", "recorded_at"])
