"""One text per purpose: events and exhibitions lose `summary`, merged into BasePage's `introduction`.

Per language, the summary becomes the introduction where that is empty; where both have different
text, the introduction becomes the summary (what cards, feeds and calendars showed), a blank line,
then the old introduction (what the page showed under its title), so nothing is lost. The pages'
revisions get the same, so a draft published later keeps its text. The reverse gives the summary the
introduction's first paragraph back (pages/merge_fields.py). The main images' help texts say that
cards and sharing use them unless a listing image is chosen.
"""

import django.db.models.deletion
from django.db import migrations, models

from pages.merge_fields import merge_pages

MODELS = ("programmes.EventPage", "programmes.ExhibitionPage")
SUMMARY_COLUMNS = ("summary", *(f"summary_{code}" for code in ("en", "ko", "ind", "ms", "th", "vi", "fil", "km", "lo", "my")))


def merge_summaries(apps, schema_editor):
    merge_pages(apps, MODELS)


def split_summaries(apps, schema_editor):
    merge_pages(apps, MODELS, reverse=True)


class Migration(migrations.Migration):

    dependencies = [
        ('images', '0002_copy_wagtail_images'),
        ('programmes', '0007_event_time_zone'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(merge_summaries, split_summaries),
        # A default, so that reversing the removal can add the required column back to existing rows.
        migrations.AlterField(model_name='eventpage', name='summary', field=models.TextField(default='', verbose_name='summary')),
        migrations.AlterField(model_name='exhibitionpage', name='summary', field=models.TextField(default='', verbose_name='summary')),
        *(
            migrations.RemoveField(model_name=model_name, name=name)
            for model_name in ('eventpage', 'exhibitionpage')
            for name in SUMMARY_COLUMNS
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='image',
            field=models.ForeignKey(blank=True, help_text='At the top of the page. Also on cards and when the page is shared, unless a listing image is chosen (Promote tab).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='image'),
        ),
        migrations.AlterField(
            model_name='exhibitionpage',
            name='image',
            field=models.ForeignKey(blank=True, help_text='At the top of the page. Also on cards and when the page is shared, unless a listing image is chosen (Promote tab).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='image'),
        ),
        migrations.AlterField(
            model_name='hallpage',
            name='image',
            field=models.ForeignKey(blank=True, help_text='At the top of the page. Also on cards and when the page is shared, unless a listing image is chosen (Promote tab).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='main image'),
        ),
    ]
