"""Event registrations › E-mail registrants: one message to the registrants of an event, each sent
separately (nobody sees the others' addresses) with their own cancel link."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from programmes.models import EventPage
from registrations.emails import send_staff_message, site_url_of
from registrations.models import Registration, RegistrationStatus

WHOM = {
    "confirmed": [RegistrationStatus.CONFIRMED],
    "waiting": [RegistrationStatus.WAITING],
    "all": [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING],
}


class EmailRegistrantsForm(forms.Form):
    event = forms.ModelChoiceField(label=_("Event"), queryset=EventPage.objects.none())
    whom = forms.ChoiceField(
        label=_("To"),
        choices=[
            ("confirmed", _("Confirmed registrants")),
            ("waiting", _("The waiting list")),
            ("all", _("Confirmed registrants and the waiting list")),
        ],
        initial="confirmed",
        widget=forms.RadioSelect,
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Sent as written; the event's details and the registrant's cancel link are added below it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only events that have registrations, newest first.
        with_registrations = Registration.objects.values("event")
        self.fields["event"].queryset = EventPage.objects.filter(pk__in=with_registrations).order_by("-starts_at")

    def recipients(self):
        statuses = WHOM[self.cleaned_data["whom"]]
        return Registration.objects.filter(event=self.cleaned_data["event"], status__in=statuses)


class EmailRegistrantsView(WagtailAdminTemplateMixin, FormView):
    page_title = _("E-mail registrants")
    header_icon = "mail"
    template_name = "registrations/admin/email_registrants.html"
    form_class = EmailRegistrantsForm

    @staticmethod
    def permitted(user):
        return user.has_perm("registrations.change_registration")

    def dispatch(self, request, *args, **kwargs):
        if not self.permitted(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        initial = super().get_initial()
        event = self.request.GET.get("event", "")
        if event.isdigit():
            initial["event"] = event
        return initial

    def form_valid(self, form):
        site_url = site_url_of(self.request)
        data = form.cleaned_data
        ids = list(form.recipients().values_list("pk", flat=True))
        for registration_id in ids:
            send_staff_message.enqueue(registration_id, data["subject"], data["message"], site_url)
        messages.success(
            self.request,
            ngettext(
                "The message is on its way to %(count)s registrant.",
                "The message is on its way to %(count)s registrants.",
                len(ids),
            )
            % {"count": len(ids)},
        )
        return redirect(reverse("event_registrations:index") + f"?event={data['event'].pk}")
