"""Who may do what with the records visitors send (inquiries, registrations, visit requests), and the
admin viewset all three share."""

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class VisitorRecordPolicy(ModelPermissionPolicy):
    """Staff with the model's permissions read, annotate, export and delete what visitors sent; nobody
    creates or copies such a record in the admin, since it would carry no consent of the visitor's."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


class VisitorRecordViewSet(ModelViewSet):
    """A list of visitors' records in the admin menu, each inspected, none copied or added."""

    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # At class definition, before Wagtail is asked for a policy and makes its default one.
        register_permission_policy(cls.model, VisitorRecordPolicy(cls.model))
