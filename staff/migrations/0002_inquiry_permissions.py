"""Editors and moderators answer the inquiries sent from the contact page (staff.roles)."""

from django.db import migrations

from staff.roles import grant_visitor_record_permissions


def grant(apps, schema_editor):
    grant_visitor_record_permissions(apps, "contact", "inquiry", "inquiry")


class Migration(migrations.Migration):
    dependencies = [("staff", "0001_roles_and_moderation"), ("contact", "0001_initial")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
