"""The three kinds of staff and the moderation workflow, set up by a data migration (staff 0001).

- Editors create, edit and publish pages.
- Moderators do the same and approve or reject what is submitted for moderation.
- Translators edit pages and submit them for moderation; they cannot publish, delete, move or lock
  pages, nor change settings (deleting is also refused by a hook in staff/wagtail_hooks.py, since
  Wagtail lets anyone who may edit delete a page that was never published).

Permissions are granted on the root of the tree, so they cover every site. `set_up_roles` only
adds what is missing, so running it again changes nothing; it is written against the historical
models a migration passes in (`apps`), and works as well with `django.apps.apps`.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page", "publish_page"),
    MODERATORS: ("add_page", "change_page", "publish_page"),
    TRANSLATORS: ("change_page",),
}
PERMISSION_NAMES = {
    "add_page": "Can add page",
    "change_page": "Can change page",
    "publish_page": "Publish any page",
}

# What visitors send (contact/, registrations/, visits/): the teams that answer it are editors and
# moderators; translators never see personal data. Nobody adds such a record in the admin
# (contact/permissions.py), so no "add" permission is granted. Deleting is for a visitor who asks to
# be erased; a registration is cancelled instead, so that the waiting list moves up.
VISITOR_RECORD_GROUPS = (EDITORS, MODERATORS)
VISITOR_RECORDS = {
    ("contact", "inquiry"): ("inquiry", ("view", "change", "delete")),
    ("registrations", "registration"): ("registration", ("view", "change")),
    ("visits", "visitrequest"): ("hall group visit", ("view", "change", "delete")),
}

WORKFLOW_NAME = "Moderation"
TASK_NAME = "Moderators approval"  # the name Wagtail's own default task has, so it is reused


def set_up_roles(apps, schema_editor=None):
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    groups = _groups_with_page_permissions(apps, root)
    _moderation_workflow(apps, root, groups[MODERATORS])


def grant_visitor_record_permissions(apps, schema_editor=None):
    """Give VISITOR_RECORD_GROUPS the permissions of VISITOR_RECORDS (data migration staff 0002)."""
    Group = apps.get_model("auth", "Group")
    permissions = [
        _permission(apps, app_label, model, f"{action}_{model}", f"Can {action} {verbose_name}")
        for (app_label, model), (verbose_name, actions) in VISITOR_RECORDS.items()
        for action in actions
    ]
    for name in VISITOR_RECORD_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _groups_with_page_permissions(apps, root):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in codenames:
            permission = _permission(apps, "wagtailcore", "page", codename, PERMISSION_NAMES[codename])
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        groups[name] = group
    return groups


def _moderation_workflow(apps, root, moderators):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).order_by("pk").first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
    task.groups.add(moderators)

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    previous = WorkflowPage.objects.filter(page=root).exclude(workflow=workflow).values_list("workflow", flat=True)
    previous_ids = list(previous)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Wagtail's default workflow, now assigned nowhere, is switched off so editors see one workflow.
    Workflow.objects.filter(pk__in=previous_ids, workflow_pages__isnull=True).update(active=False)
