"""The team's view of inquiries in the admin: a list with filters, the full inquiry, a CSV export."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel

from contact.models import Inquiry
from contact.permissions import VisitorRecordViewSet


class InquiryViewSet(VisitorRecordViewSet):
    model = Inquiry
    name = "inquiries"
    icon = "mail"
    menu_label = _("Inquiries")
    menu_order = 300
    list_display = ["name", "topic", "email", "organisation", "created_at", "is_answered"]
    list_filter = ["topic", "is_answered", "created_at"]
    search_fields = ["name", "email", "organisation", "message"]
    list_export = [
        "created_at",
        "topic",
        "name",
        "email",
        "organisation",
        "message",
        "language",
        "consented_at",
        "is_answered",
        "staff_note",
        "delete_after",
    ]
    export_filename = "inquiries"
    inspect_view_fields = list_export
    # What the visitor wrote is kept as sent; the team records only whether and how it answered.
    panels = [FieldPanel("is_answered"), FieldPanel("staff_note")]


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return InquiryViewSet()
