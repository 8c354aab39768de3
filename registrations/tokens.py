"""Signed links that stand in for an account: the cancel link of the e-mails, the thanks page's address.

The cancel link names the registration and when it was made, signed with its own salt: it cannot be
guessed or altered, and keeps working until the registration is deleted with the event's data. The
thanks page's address is signed with another salt and lasts a day, the time to read it.
"""

from django.core import signing

from registrations.models import Registration

CANCEL_SALT = "registrations.cancel"
THANKS_SALT = "registrations.thanks"
THANKS_MAX_AGE = 24 * 3600


class UnknownRegistration(Exception):
    """A well-signed link to a registration that no longer exists (deleted, or of another database)."""


def _value(registration):
    return f"{registration.pk}-{int(registration.created_at.timestamp())}"


def _registration(value):
    pk, _sep, created = value.partition("-")
    registration = Registration.objects.select_related("event").filter(pk=pk).first() if pk.isdigit() else None
    if registration is None or str(int(registration.created_at.timestamp())) != created:
        raise UnknownRegistration(value)
    return registration


def cancel_token(registration):
    return signing.Signer(salt=CANCEL_SALT).sign(_value(registration))


def registration_for_cancel_token(token):
    """The registration a cancel link names; BadSignature when tampered, UnknownRegistration when gone."""
    return _registration(signing.Signer(salt=CANCEL_SALT).unsign(token))


def thanks_token(registration):
    return signing.TimestampSigner(salt=THANKS_SALT).sign(_value(registration))


def registration_for_thanks_token(token):
    return _registration(signing.TimestampSigner(salt=THANKS_SALT).unsign(token, max_age=THANKS_MAX_AGE))
