"""The visitor's request form on a hall's own address, and the staff's decision form in the admin."""

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from akc_site.commits import after_commit
from contact.guards import VisitorFormMixin
from programmes.opening_hours import CENTRE_TIME_ZONE
from visits.availability import day_refusal, earliest_visit_day, latest_visit_day, time_refusal
from visits.emails import send_decision_email
from visits.models import GUIDE_LANGUAGES, MAX_GROUP_SIZE, AgeGroup, VisitRequest, VisitStatus


def group_size_message():
    return gettext("Please give a number of people from 1 to %(limit)s.") % {"limit": MAX_GROUP_SIZE}


# Formatted when shown, in the visitor's language (a lazy string formatted here would be English).
GROUP_SIZE_MESSAGE = lazy(group_size_message, str)()


def korea_today():
    return timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)


class VisitRequestForm(VisitorFormMixin, forms.ModelForm):
    personal_data_model = VisitRequest
    rate_scope = "visits"

    group_size = forms.IntegerField(
        label=_("Number of people"),
        min_value=1,
        max_value=MAX_GROUP_SIZE,
        help_text=_("Including teachers and other accompanying people."),
        error_messages={"min_value": GROUP_SIZE_MESSAGE, "max_value": GROUP_SIZE_MESSAGE},
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = VisitRequest
        fields = [
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
        ]
        widgets = {
            "visit_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "arrival_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "age_group": forms.RadioSelect,
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "telephone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "visit_date": _("At least three days from today, on a day the hall is open."),
            "arrival_time": _("Korea time, within the hall's opening hours."),
            "message": _("Anything the hall should know, for example access needs."),
        }
        error_messages = {
            "visit_date": {"invalid": _("Please give the date as year-month-day, for example 2027-03-15.")},
            "arrival_time": {"invalid": _("Please give the time as hours and minutes, for example 10:30.")},
            "email": {"invalid": _("Please give an e-mail address such as name@example.org.")},
        }

    def __init__(self, *args, hall, **kwargs):
        super().__init__(*args, **kwargs)
        self.hall = hall
        self.instance.hall = hall
        # Radio buttons need no empty choice; the list of languages asks for one.
        self.fields["age_group"].choices = AgeGroup.choices
        self.fields["guide_language"].choices = [("", _("Choose a language")), *GUIDE_LANGUAGES]
        # The date picker offers only the days a request may name; the form still says why another is refused.
        today = korea_today()
        self.fields["visit_date"].widget.attrs.update(
            min=earliest_visit_day(today).isoformat(), max=latest_visit_day(today).isoformat()
        )

    def clean_visit_date(self):
        day = self.cleaned_data["visit_date"]
        refusal = day_refusal(self.hall.schedule, day, korea_today())
        if refusal:
            raise forms.ValidationError(refusal, code="unavailable_day")
        return day

    def clean(self):
        cleaned_data = super().clean()
        day, arrival = cleaned_data.get("visit_date"), cleaned_data.get("arrival_time")
        if day and arrival and "visit_date" not in self.errors:
            refusal = time_refusal(self.hall.schedule, day, arrival)
            if refusal:
                self.add_error("arrival_time", forms.ValidationError(refusal, code="outside_hours"))
        return cleaned_data

    def save(self, commit=True):
        visit = super().save(commit=False)
        visit.language = self.request.LANGUAGE_CODE
        visit.consented_at = timezone.now()
        if commit:
            visit.save()
        return visit


class DecisionForm(forms.ModelForm):
    """Staff confirm or decline a request; the requester is e-mailed once, at the first decision."""

    class Meta:
        model = VisitRequest
        fields = ["status", "staff_note"]
        widgets = {"staff_note": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.newly_decided = False
        if self.instance.pk and self.instance.is_decided:
            # The requester has been told once; a later change is for staff's records only.
            self.fields["status"].choices = [
                choice for choice in VisitStatus.choices if choice[0] != VisitStatus.REQUESTED
            ]
            self.fields["status"].help_text = _(
                "The requester was e-mailed when the visit was first confirmed or declined; "
                "a change now sends no e-mail, so write to them directly."
            )
        else:
            self.fields["status"].help_text = _("Confirming or declining e-mails the requester, with the note below.")

    def save(self, commit=True):
        visit = super().save(commit=False)
        with transaction.atomic():
            # Only the save that moves the row away from "requested" sends the e-mail, even when two
            # members of staff decide at once.
            self.newly_decided = visit.is_decided and bool(
                VisitRequest.objects.filter(pk=visit.pk, status=VisitStatus.REQUESTED).update(
                    status=visit.status, decided_at=timezone.now()
                )
            )
            if self.newly_decided:
                visit.refresh_from_db(fields=["decided_at"])
            visit.save()
        if self.newly_decided:
            after_commit(lambda: send_decision_email(visit))
        return visit
