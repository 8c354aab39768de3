"""The e-mails of a registration, sent by tasks that take the registration's id.

Each is written in the visitor's language (contact/mail.py). The confirmation, and the notice of a
place freed up, carry the event's .ics: a message with an attachment is delivered at once
(akc_site/mail.py), so it is sent by a task, never in the visitor's request. Links are absolute:
the view passes the site's address as the visitor used it (`site_url`), and the task builds the
cancel link and the event's calendar from it.
"""

import logging
from urllib.parse import urlsplit

from django_tasks import task

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

from akc_site.commits import after_commit
from contact.mail import compose
from pages.models import OrganisationSettings
from programmes.calendar import calendar_for
from registrations.models import Registration
from registrations.tokens import cancel_token

logger = logging.getLogger(__name__)

# What each notice to the visitor is: its templates (registrations/email/<kind>.txt and
# <kind>_subject.txt), and whether the event's calendar goes with it.
VISITOR_NOTICES = {"confirmed": True, "waiting": False, "moved_up": True, "cancelled": False}


class SiteRequest(HttpRequest):
    """A request standing for the site's address outside any request, for absolute links in a task."""

    def __init__(self, site_url):
        super().__init__()
        address = urlsplit(site_url)
        self._scheme = address.scheme or "https"
        port = str(address.port or (443 if self._scheme == "https" else 80))
        self.META = {"HTTP_HOST": address.netloc, "SERVER_NAME": address.hostname or "", "SERVER_PORT": port}

    def _get_scheme(self):
        return self._scheme


def site_url_of(request):
    return request.build_absolute_uri("/")


def absolute(site_url, path):
    return site_url.rstrip("/") + path


def cancel_url(registration, site_url):
    return absolute(site_url, reverse("registrations:cancel", args=[cancel_token(registration)]))


def calendar_attachment(event, request):
    calendar = calendar_for([event], request, event.title)
    return (f"{event.slug}.ics", calendar.to_ical(), "text/calendar")


@task()
def send_visitor_notice(registration_id, kind, site_url):
    registration = Registration.objects.select_related("event", "event__hall").filter(pk=registration_id).first()
    if registration is None:  # deleted in the meantime
        return 0
    request = SiteRequest(site_url)
    event = registration.event
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": event,
            "event_url": request.build_absolute_uri(event.get_url(request)),
            "cancel_url": cancel_url(registration, site_url),
            "organisation": OrganisationSettings.for_request(request),
        }
        attachments = [calendar_attachment(event, request)] if VISITOR_NOTICES[kind] else []
        message = compose(
            f"registrations/email/{kind}",
            context,
            to=registration.email,
            language=registration.language,
            reply_to=[address for address in [programmes_address(request)] if address],
            attachments=attachments,
        )
    return message.send()


def programmes_address(request):
    return OrganisationSettings.for_request(request).team_address("programmes")


@task()
def send_team_notice(registration_id, what, site_url):
    """Tell the programmes team of a registration or a cancellation, in the site's main language."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return 0
    request = SiteRequest(site_url)
    address = programmes_address(request)
    if not address:
        logger.warning("No programmes or general e-mail address in the settings: the team is not told")
        return 0
    event = registration.event
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "registration": registration,
            "event": event,
            "what": what,
            "confirmed": event.registrations.confirmed().count(),
            "waiting": event.registrations.waiting().count(),
            "capacity": event.registration_capacity,
            "list_url": absolute(site_url, reverse("event_registrations:index")) + f"?event={event.pk}",
        }
    message = compose(
        "registrations/email/team_notice",
        context,
        to=address,
        language=settings.LANGUAGE_CODE,
        reply_to=[registration.email],
    )
    return message.send()


@task()
def send_staff_message(registration_id, subject, body, site_url):
    """A message from the staff to one registrant (registrations/admin_views.py), with the cancel link."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return 0
    request = SiteRequest(site_url)
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": registration.event,
            "event_url": request.build_absolute_uri(registration.event.get_url(request)),
            "subject": subject,
            "body": body,
            "cancel_url": cancel_url(registration, site_url),
        }
        message = compose(
            "registrations/email/staff_message",
            context,
            to=registration.email,
            language=registration.language,
            reply_to=[address for address in [programmes_address(request)] if address],
        )
    return message.send()


def notify_after_commit(registration, kind, site_url, team=None):
    """Queue the visitor's notice (and the team's) once the registration is in the database."""

    def enqueue():
        send_visitor_notice.enqueue(registration.pk, kind, site_url)
        if team:
            send_team_notice.enqueue(registration.pk, team, site_url)

    after_commit(enqueue)
