"""The translation records, moved here from the pages app: the table is taken over as it is (renamed in 0002)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
        ('pages', '0004_homepage_and_translationrecord_move_out'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The table exists already: only Django's idea of which app owns it changes here.
            state_operations=[
                migrations.CreateModel(
                    name='TranslationRecord',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('field_name', models.CharField(max_length=100)),
                        ('language', models.CharField(max_length=10)),
                        ('source_hash', models.CharField(help_text='SHA-256 of the English text the translation follows.', max_length=64)),
                        ('translation_hash', models.CharField(help_text='SHA-256 of the translation when it was noted.', max_length=64)),
                        ('recorded_at', models.DateTimeField()),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='translation_records', to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        'db_table': 'pages_translationrecord',
                        'constraints': [models.UniqueConstraint(fields=('page', 'field_name', 'language'), name='unique_translation_record')],
                    },
                ),
            ],
        ),
    ]
