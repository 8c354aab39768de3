"""The home page moves to the home app, the translation records to the translations app.

Only Django's idea of which app owns them changes here; their tables and rows stay, and the apps
that take them over (home 0001, translations 0001) rename the tables.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("pages", "0003_roles_and_moderation")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="HomePage"),
                migrations.DeleteModel(name="TranslationRecord"),
            ],
        ),
    ]
