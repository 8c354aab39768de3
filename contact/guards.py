"""What every form a visitor sends shares: consent, and a spam defence without a third-party captcha.

`VisitorFormMixin` goes before `forms.Form` or `forms.ModelForm` (`class InquiryForm(VisitorFormMixin,
forms.ModelForm)`) and is built with the request (`InquiryForm(request.POST or None, request=request)`).
It adds three fields:

- `homepage`, a honeypot: hidden from people (CSS and aria-hidden), filled by robots;
- `started`, a signed time stamp of when the form was shown: a form sent sooner than
  FORM_MIN_FILL_SECONDS after that is refused, and a stamp that is forged or a day old is renewed;
- `consent`, a required checkbox whose description states the model's purpose and retention period
  and the privacy officer (OrganisationSettings), in the visitor's language.

A valid form has also passed the rate limit: at most FORM_SENDS_PER_HOUR sends an hour from the
client's address and from the e-mail address given, counted in the shared cache once the view calls
`form.count_send()` after saving. With the cache down the limit is not applied (and logged): a
visitor's message matters more than a robot's. A refused form keeps everything that was typed.
"""

import hashlib
import logging
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from akc_site.client_ip import client_ip
from pages.models import OrganisationSettings

logger = logging.getLogger(__name__)

HONEYPOT = "homepage"
STARTED = "started"
CONSENT = "consent"
STAMP_SALT = "contact.guards.started"
STAMP_MAX_AGE = 24 * 3600
HOUR = 3600


def new_stamp():
    return signing.TimestampSigner(salt=STAMP_SALT).sign(str(int(time.time())))


def seconds_since(stamp):
    """Seconds since the stamp was issued, or None when it is forged, malformed or too old."""
    try:
        issued = int(signing.TimestampSigner(salt=STAMP_SALT).unsign(stamp, max_age=STAMP_MAX_AGE))
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return time.time() - issued


def rate_keys(scope, addresses):
    window = int(time.time() // HOUR)
    return [
        f"form-sends:{scope}:{hashlib.sha256(address.strip().lower().encode()).hexdigest()[:32]}:{window}"
        for address in addresses
        if address
    ]


class VisitorFormMixin:
    # The PersonalData model the form fills: its purpose and retention_statement are stated.
    personal_data_model = None
    # Which rate limit the form counts against; forms of one kind share it.
    rate_scope = "form"

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.organisation = OrganisationSettings.for_request(request)
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[STARTED] = forms.CharField(required=False, widget=forms.HiddenInput, initial=new_stamp)
        self.fields[CONSENT] = forms.BooleanField(
            label=_("I agree that the Centre keeps and uses what I send as stated here."),
            help_text=" ".join(str(sentence) for sentence in self.consent_statement()),
            error_messages={"required": _("Please agree, or the Centre cannot keep what you send.")},
        )

    def consent_statement(self):
        model = self.personal_data_model
        sentences = [model.purpose, model.retention_statement]
        officer, address = self.organisation.privacy_officer, self.organisation.privacy_officer_email
        if officer and address:
            sentences.append(
                _("The Centre's privacy officer, %(officer)s (%(address)s), answers any question about your data.")
                % {"officer": officer, "address": address}
            )
        elif officer or address:
            sentences.append(
                _("The Centre's privacy officer, %(officer)s, answers any question about your data.")
                % {"officer": officer or address}
            )
        sentences.append(_("You may ask to see, correct or delete your data at any time."))
        return sentences

    def renew_stamp(self):
        if self.is_bound:
            self.data = self.data.copy()
            self.data[self.add_prefix(STARTED)] = new_stamp()

    def addresses(self):
        """Where a send comes from: the client's IP and the e-mail address given, if any."""
        return [client_ip(self.request) or "", (self.cleaned_data.get("email") or "")]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(_("This form could not be sent. Please leave the last field empty."))
        elapsed = seconds_since(cleaned_data.get(STARTED))
        if elapsed is None:
            self.renew_stamp()
            raise forms.ValidationError(
                _("This form had been open too long or could not be checked. Please send it again.")
            )
        if elapsed < settings.FORM_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("The form was sent within seconds of opening. Please check what you entered and send it again.")
            )
        if self.sends_in_the_last_hour() >= settings.FORM_SENDS_PER_HOUR:
            raise forms.ValidationError(
                _("Several forms have been sent from this address in the last hour. Please try again later.")
            )
        return cleaned_data

    def sends_in_the_last_hour(self):
        keys = rate_keys(self.rate_scope, self.addresses())
        try:
            return max(cache.get_many(keys).values(), default=0)
        except Exception:
            logger.warning("The cache is unavailable: the form's rate limit is not applied", exc_info=True)
            return 0

    def count_send(self):
        """Count a saved send against the rate limit of its addresses (call it after saving)."""
        for key in rate_keys(self.rate_scope, self.addresses()):
            try:
                if cache.add(key, 1, timeout=HOUR):
                    continue
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, timeout=HOUR)
            except Exception:
                logger.warning("The cache is unavailable: a send was not counted", exc_info=True)
                return
