"""The registration form: name and e-mail address, the questions the event asks, and consent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contact.guards import VisitorFormMixin
from registrations.models import Registration, nationality_choices

# Which EventPage flag asks which question; name and e-mail address are always asked.
QUESTIONS = {
    "organisation": "asks_organisation",
    "nationality": "asks_nationality",
    "dietary_needs": "asks_dietary_needs",
    "access_needs": "asks_access_needs",
}
DUPLICATE = _(
    "This e-mail address is already registered for this event. The confirmation e-mail sent to it has a link to cancel."
)


class RegistrationForm(VisitorFormMixin, forms.ModelForm):
    personal_data_model = Registration
    rate_scope = "registration"

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation", "nationality", "dietary_needs", "access_needs"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    def __init__(self, *args, event, request, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.event = event
        for name, flag in QUESTIONS.items():
            if not getattr(event, flag):
                del self.fields[name]
        if "nationality" in self.fields:
            # Asked because the event needs it (a guest list for a venue, say): then it is required.
            self.fields["nationality"].required = True
            self.fields["nationality"].choices = [("", _("Choose one")), *nationality_choices()]
        self.fields["email"].help_text = _("Your confirmation and the link to cancel are sent here.")

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if Registration.objects.active().filter(event=self.event, email__iexact=email).exists():
            raise forms.ValidationError(DUPLICATE)
        return email
