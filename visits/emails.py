"""The e-mails of a visit request: to the requester in their language, and to the halls team."""

from django.conf import settings
from django.urls import reverse

from wagtail.models import Site

from akc_site.languages import NATIVE_NAMES
from contact.mail import compose
from pages.models import OrganisationSettings
from visits.models import VisitStatus


def team_address(visit, organisation):
    """The hall's own address when it has one, else the halls team's (or the general one)."""
    return visit.hall.contact_email or organisation.team_address("halls")


def admin_url(visit):
    path = reverse("hall_visits:edit", args=[visit.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_request_emails(visit, organisation):
    """The acknowledgement to the requester and the notice to the team (when it has an address)."""
    address = team_address(visit, organisation)
    context = {"visit": visit, "hall": visit.hall, "organisation": organisation}
    compose(
        "visits/email/request_received",
        context,
        to=visit.email,
        language=visit.language,
        reply_to=[address] if address else (),
    ).send()
    if address:
        compose(
            "visits/email/request_to_team",
            {
                **context,
                "admin_url": admin_url(visit),
                "request_language": NATIVE_NAMES.get(visit.language, visit.language),
            },
            to=address,
            language=settings.LANGUAGE_CODE,
            reply_to=[visit.email],
        ).send()


def send_decision_email(visit):
    """Tell the requester that the visit is confirmed or declined, with the staff's note."""
    site = visit.hall.get_site() or Site.objects.get(is_default_site=True)
    organisation = OrganisationSettings.for_site(site)
    address = team_address(visit, organisation)
    template = {
        VisitStatus.CONFIRMED: "visits/email/visit_confirmed",
        VisitStatus.DECLINED: "visits/email/visit_declined",
    }[visit.status]
    compose(
        template,
        {"visit": visit, "hall": visit.hall, "organisation": organisation},
        to=visit.email,
        language=visit.language,
        reply_to=[address] if address else (),
    ).send()
