"""The translation records' table gets the translations app's name."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("translations", "0001_initial")]

    operations = [migrations.AlterModelTable(name="translationrecord", table=None)]
