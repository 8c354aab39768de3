"""The home page, moved here from the pages app: its table is taken over as it is (renamed in 0002)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        ('pages', '0004_homepage_and_translationrecord_move_out'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The table exists already: only Django's idea of which app owns it changes here.
            state_operations=[
                migrations.CreateModel(
                    name='HomePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', verbose_name='introduction')),
                        ('introduction_en', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_ko', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_ind', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_ms', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_th', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_vi', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_fil', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_km', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_lo', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('introduction_my', models.TextField(blank=True, help_text='One or two sentences shown under the title, in listings and as the search description.', null=True, verbose_name='introduction')),
                        ('hero_statement', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", verbose_name='hero statement')),
                        ('hero_statement_en', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_ko', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_ind', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_ms', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_th', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_vi', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_fil', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_km', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_lo', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_statement_my', models.TextField(help_text="The Centre's mission in one or two sentences, shown large at the top of the home page.", null=True, verbose_name='hero statement')),
                        ('hero_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='hero image')),
                        ('listing_image', models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='listing image')),
                    ],
                    options={
                        'db_table': 'pages_homepage',
                        'verbose_name': 'home page',
                    },
                    bases=('wagtailcore.page',),
                ),
            ],
        ),
    ]
