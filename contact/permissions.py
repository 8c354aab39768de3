"""Who may do what with the records visitors send (inquiries, registrations, visit requests)."""

from wagtail.permission_policies import ModelPermissionPolicy


class VisitorRecordPolicy(ModelPermissionPolicy):
    """Staff with the model's permissions read, annotate, export and delete what visitors sent; nobody
    creates or copies such a record in the admin, since it would carry no consent of the visitor's."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])
