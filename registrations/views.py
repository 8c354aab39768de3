"""The visitor's side: the registration form of an event, the thanks page, and the signed cancel link.

Every response is marked never-cache: the form and the cancel button carry a CSRF token, and the
pages name one visitor's registration (akc_site/page_cache.py caches only what may be shared).
"""

from django.core import signing
from django.db import IntegrityError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from pages.site_tree import public_pages
from programmes.choices import RegistrationStatus as EventRegistration
from programmes.models import EventPage
from registrations import places
from registrations.emails import notify_after_commit, site_url_of
from registrations.forms import DUPLICATE, RegistrationForm
from registrations.tokens import (
    UnknownRegistration,
    cancel_token,
    registration_for_cancel_token,
    registration_for_thanks_token,
    thanks_token,
)

# Page ids are 32-bit integers: a larger number in the address is no event (and no database error).
MAX_ID = 2**31 - 1


def public_event(event_id):
    if event_id > MAX_ID:
        raise Http404("No such event")
    event = public_pages(EventPage.objects.filter(pk=event_id)).select_related("hall").first()
    if event is None:
        raise Http404("No such event")
    return event


def closed(request, event):
    """Registration was asked for once and is no longer possible (the deadline passed, the event cancelled or over)."""
    return TemplateResponse(request, "registrations/closed.html", {"event": event}, status=404)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def register(request, event_id):
    event = public_event(event_id)
    if event.registration_status == EventRegistration.NOT_NEEDED:
        raise Http404("This event takes no registrations")
    if event.registration_url and event.registration_is_possible():
        return HttpResponseRedirect(event.registration_url)  # registration is handled elsewhere
    if not event.takes_registrations_on_site():
        return closed(request, event)
    form = RegistrationForm(request.POST or None, event=event, request=request)
    if request.method == "POST" and form.is_valid():
        try:
            registration = places.register(event, form.save(commit=False), get_language())
        except IntegrityError:  # the same address registered a moment ago, in another request
            form.add_error("email", DUPLICATE)
        else:
            form.count_send()
            kind = "waiting" if registration.is_waiting else "confirmed"
            notify_after_commit(registration, kind, site_url_of(request), team="registered")
            return redirect("registrations:thanks", token=thanks_token(registration))
    context = {"event": event, "form": form, "places_left": places.places_left(event)}
    return TemplateResponse(request, "registrations/register.html", context)


def link_problem(request, status, expired=False):
    context = {"status": status, "expired": expired}
    return TemplateResponse(request, "registrations/link_problem.html", context, status=status)


def registration_from(request, token, reader):
    """The registration a signed link names, or the page saying why the link does not work."""
    try:
        return reader(token), None
    except signing.SignatureExpired:  # the thanks page's address, a day later
        return None, link_problem(request, 400, expired=True)
    except signing.BadSignature:
        return None, link_problem(request, 400)
    except UnknownRegistration:
        return None, link_problem(request, 404)


@never_cache
@require_http_methods(["GET", "HEAD"])
def thanks(request, token):
    registration, problem = registration_from(request, token, registration_for_thanks_token)
    if problem:
        return problem
    cancel_path = reverse("registrations:cancel", args=[cancel_token(registration)])
    context = {"registration": registration, "event": registration.event, "cancel_path": cancel_path}
    return TemplateResponse(request, "registrations/thanks.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, token):
    registration, problem = registration_from(request, token, registration_for_cancel_token)
    if problem:
        return problem
    context = {"registration": registration, "event": registration.event}
    if request.method == "POST" and not registration.is_cancelled:
        registration, moved_up = places.cancel(registration)
        site_url = site_url_of(request)
        notify_after_commit(registration, "cancelled", site_url, team="cancelled")
        for waiting in moved_up:
            notify_after_commit(waiting, "moved_up", site_url)
        context.update(registration=registration, just_cancelled=True)
    return TemplateResponse(request, "registrations/cancel.html", context)
