"""Image fields point at the site's image model (images 0002 copied every image, ids kept)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('images', '0002_copy_wagtail_images'),
        ('programmes', '0002_starts_at_indexed_with_ends_at'),
    ]

    operations = [
        migrations.AlterField(
            model_name='eventindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='image'),
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='exhibitionpage',
            name='image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='image'),
        ),
        migrations.AlterField(
            model_name='exhibitionpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='hallindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='hallpage',
            name='image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='main image'),
        ),
        migrations.AlterField(
            model_name='hallpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards that link to this page and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.siteimage', verbose_name='listing image'),
        ),
    ]
