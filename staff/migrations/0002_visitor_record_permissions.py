"""Editors and moderators answer what visitors send: inquiries, event registrations and hall group
visit requests (staff.roles.VISITOR_RECORDS)."""

from django.db import migrations

from staff.roles import grant_visitor_record_permissions


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0001_roles_and_moderation"),
        ("contact", "0001_initial"),
        ("registrations", "0001_initial"),
        ("visits", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_visitor_record_permissions, migrations.RunPython.noop)]
