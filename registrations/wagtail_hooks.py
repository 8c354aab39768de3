"""Event registrations in the admin: the list with its filters and CSV export, attendance, and an
e-mail to an event's registrants (registrations/admin_views.py).

Registrations come from visitors only (each with the visitor's own consent), so nobody adds one
here (contact.permissions.VisitorRecordViewSet); Editors and Moderators may see them, mark attendance
and write to registrants (staff 0002 grants them the permissions).
"""

from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from contact.permissions import VisitorRecordViewSet
from registrations.admin_views import EmailRegistrantsView
from registrations.models import Registration


class RegistrationViewSet(VisitorRecordViewSet):
    model = Registration
    name = "event_registrations"
    icon = "group"
    menu_label = _("Event registrations")
    menu_order = 320
    add_to_reference_index = False  # see Registration.wagtail_reference_index_ignore
    list_display = ["name", "email", "event", "status", "attended", "created_at"]
    list_filter = ["event", "status", "attended"]
    search_fields = ["name", "email", "organisation"]
    # Readable values in the export: names rather than codes, times in Korea time.
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "get_nationality_display",
        "dietary_needs",
        "access_needs",
        "get_status_display",
        "attended",
        "language",
        "received_in_korea_time",
        "cancelled_in_korea_time",
    ]
    export_headings = {
        "get_nationality_display": capfirst(_("nationality")),
        "get_status_display": capfirst(_("status")),
        "received_in_korea_time": capfirst(_("received")),
        "cancelled_in_korea_time": capfirst(_("cancelled")),
    }
    export_filename = "registrations"
    # Staff record attendance; what the visitor gave stays as given.
    form_fields = ["attended"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=Registration.objects.select_related("event"), **kwargs)


registration_viewset = RegistrationViewSet()


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register("register_admin_urls")
def email_registrants_urls():
    return [path("registrations/e-mail/", EmailRegistrantsView.as_view(), name="email_registrants")]


class EmailRegistrantsMenuItem(MenuItem):
    def is_shown(self, request):
        return EmailRegistrantsView.permitted(request.user)


@hooks.register("register_admin_menu_item")
def email_registrants_menu_item():
    return EmailRegistrantsMenuItem(
        _("E-mail registrants"), reverse("email_registrants"), name="email-registrants", icon_name="mail", order=321
    )
