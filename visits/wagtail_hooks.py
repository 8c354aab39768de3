"""Hall group visits on the hall's page (a section linking to the form) and in the admin.

Requests come from visitors only (each with the visitor's own consent), so nobody adds one in the
admin; Editors and Moderators see them, confirm or decline them and delete them on a requester's
request (staff 0002 grants them the permissions).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from contact.models import ContactPage
from contact.permissions import VisitorRecordViewSet
from pages.sections import HOOK_NAME, Section
from pages.site_tree import public_pages
from programmes.models import HallPage
from visits.forms import DecisionForm
from visits.models import VisitRequest


@hooks.register(HOOK_NAME)
def group_visits(page, request):
    """A hall's link to its group visit request form (the form has an address of its own, so the
    hall's page stays cacheable), and on the contact page every hall's."""
    if isinstance(page, HallPage):
        halls = [page]
    elif isinstance(page, ContactPage):
        halls = list(public_pages(HallPage.objects.all()).order_by("path"))
    else:
        return None
    links = [(hall.title, reverse("visits:request", args=[hall.pk])) for hall in halls]
    return Section("visits/sections/hall_visits.html", {"halls": links}, order=10) if links else None


class VisitRequestViewSet(VisitorRecordViewSet):
    model = VisitRequest
    name = "hall_visits"
    icon = "date"
    menu_label = _("Hall group visits")
    menu_order = 330
    list_display = ["organisation", "hall", "visit_date", "arrival_time", "group_size", "status", "created_at"]
    list_filter = ["hall", "status", "visit_date"]
    search_fields = ["organisation", "contact_name", "email"]
    list_export = [
        "hall",
        "visit_date",
        "arrival_time",
        "group_size",
        "age_group",
        "guide_language",
        "organisation",
        "contact_name",
        "email",
        "telephone",
        "message",
        "status",
        "staff_note",
        "decided_at",
        "language",
        "created_at",
    ]
    export_filename = "hall-group-visits"
    edit_template_name = "visits/admin/edit.html"
    inspect_view_fields = [*list_export, "delete_after"]

    def get_form_class(self, for_update=False):
        # Staff decide and write a note; what the requester gave stays as given.
        return DecisionForm

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=VisitRequest.objects.select_related("hall"), **kwargs)


visit_request_viewset = VisitRequestViewSet()


@hooks.register("register_admin_viewset")
def register_visit_request_viewset():
    return visit_request_viewset
