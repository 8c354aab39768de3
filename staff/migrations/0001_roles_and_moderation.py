"""Editors, Moderators and Translators, with their page permissions, and the moderation workflow.

The work is done by staff.roles.set_up_roles, which only adds what is missing: on a database where
pages 0003 set the roles up before they moved to this app, it changes nothing.
"""

from django.db import migrations

from staff.roles import set_up_roles


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        # after the image and document apps have granted their permissions to the groups they found
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
