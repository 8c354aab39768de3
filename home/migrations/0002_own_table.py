"""The home page's table gets the home app's name, and its content type follows, so existing home
pages (whose rows point at that content type) are home.HomePage from now on."""

from django.db import migrations


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label="pages", model="homepage").first()
    if old is None:
        return  # a new database: the content type is created for the home app after migrating
    # A content type made for the home app meanwhile (no page uses it yet) gives way to the old one.
    ContentType.objects.filter(app_label="home", model="homepage").exclude(pk=old.pk).delete()
    old.app_label = "home"
    old.save(update_fields=["app_label"])


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="home", model="homepage").update(app_label="pages")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="homepage", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
