"""Limits of the staff roles that Wagtail's permissions cannot express (staff/roles.py)."""

from django.core.exceptions import PermissionDenied

from wagtail import hooks


def refuse_unless_publisher(request, pages):
    """Only those who may publish a page may delete or move it (Wagtail lets anyone who may edit a
    page delete it while it has never been published)."""
    if request.user.is_superuser:
        return
    for page in pages:
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied


@hooks.register("before_delete_page")
def only_publishers_delete(request, page):
    refuse_unless_publisher(request, [page])


@hooks.register("before_move_page")
def only_publishers_move(request, page, destination):
    refuse_unless_publisher(request, [page])


@hooks.register("before_bulk_action")
def only_publishers_delete_or_move_in_bulk(request, action_type, objects, action_class_instance):
    if action_type in ("delete", "move"):
        refuse_unless_publisher(request, [item for item in objects if hasattr(item, "permissions_for_user")])
