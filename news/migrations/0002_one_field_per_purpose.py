"""One text per purpose: news items lose `summary`, merged into BasePage's `introduction`.

Per language, the summary becomes the introduction where that is empty; where both have different
text, the introduction becomes the summary (what the listing, the feed and search engines showed), a
blank line, then the old introduction, so nothing is lost. The pages' revisions get the same. The
reverse gives the summary the introduction's first paragraph back (pages/merge_fields.py).
"""

from django.db import migrations, models

from pages.merge_fields import merge_pages

MODELS = ("news.NewsPage",)
SUMMARY_COLUMNS = ("summary", *(f"summary_{code}" for code in ("en", "ko", "ind", "ms", "th", "vi", "fil", "km", "lo", "my")))


def merge_summaries(apps, schema_editor):
    merge_pages(apps, MODELS)


def split_summaries(apps, schema_editor):
    merge_pages(apps, MODELS, reverse=True)


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(merge_summaries, split_summaries),
        # A default, so that reversing the removal can add the required column back to existing rows.
        migrations.AlterField(model_name='newspage', name='summary', field=models.TextField(default='', verbose_name='summary')),
        *(migrations.RemoveField(model_name='newspage', name=name) for name in SUMMARY_COLUMNS),
    ]
