"""What the translators' workbench remembers: which English text each translation was made from."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q


class TranslationRecord(models.Model):
    """What a translation was made from: per page (or snippet), field and language, a fingerprint of
    the English text when the translation last changed. A different fingerprint today means it is
    outdated. A page's records go with the page (a foreign key); a snippet's (a press contact, a
    dataset) name it by content type and id, and are deleted with it (translations/signals.py)."""

    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="translation_records"
    )
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    field_name = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    source_hash = models.CharField(max_length=64, help_text="SHA-256 of the English text the translation follows.")
    translation_hash = models.CharField(max_length=64, help_text="SHA-256 of the translation when it was noted.")
    recorded_at = models.DateTimeField()
    awaiting_review = models.BooleanField(
        default=False,
        help_text="Made without a translator (the starting content); cleared when a translator confirms or edits it.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "field_name", "language"], name="unique_translation_record"),
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field_name", "language"],
                name="unique_snippet_translation_record",
            ),
            models.CheckConstraint(
                condition=(Q(page__isnull=False) & Q(content_type__isnull=True) & Q(object_id__isnull=True))
                | (Q(page__isnull=True) & Q(content_type__isnull=False) & Q(object_id__isnull=False)),
                name="translation_record_of_a_page_or_a_snippet",
            ),
        ]

    def __str__(self):
        owner = self.page_id if self.page_id else f"{self.content_type_id}/{self.object_id}"
        return f"{owner}:{self.field_name}:{self.language}"
