"""Image fields point at the site's image model (images 0002 copied every image, ids kept)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('images', '0002_copy_wagtail_images'),
        ('pages', '0004_homepage_and_translationrecord_move_out'),
    ]

    operations = [
        migrations.AlterField(
            model_name='greetingpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='greetingpage',
            name='portrait',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='portrait'),
        ),
        migrations.AlterField(
            model_name='priorityindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='prioritypage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
    ]
