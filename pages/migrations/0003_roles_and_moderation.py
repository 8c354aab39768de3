"""Set up the staff roles and the moderation workflow: now the staff app's migration 0001.

Kept, empty, so databases that ran it keep a consistent history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("pages", "0002_translationrecord")]

    operations: list = []
