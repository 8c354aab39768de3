"""What the translators' workbench remembers: which English text each translation was made from."""

from django.db import models


class TranslationRecord(models.Model):
    """What a translation was made from: per page, field and language, a fingerprint of the English
    text when the translation last changed. A different fingerprint today means it is outdated."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_records")
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
            models.UniqueConstraint(fields=["page", "field_name", "language"], name="unique_translation_record")
        ]

    def __str__(self):
        return f"{self.page_id}:{self.field_name}:{self.language}"
