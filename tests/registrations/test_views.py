"""The visitor's side of a registration: the form, every refusal, the waiting list, the cancel link."""

import datetime
import re
from unittest import mock

import pytest

from django.core import mail, signing
from django.db import IntegrityError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from contact import guards
from programmes.choices import EventStatus
from programmes.choices import RegistrationStatus as EventRegistration
from registrations import places, tokens
from registrations.models import Registration, RegistrationStatus
from tests.registrations.helpers import form_data, stamp_from

pytestmark = pytest.mark.django_db


def post(client, url, **changes):
    return client.post(url, form_data(**changes))


def cancel_link_in(message):
    return re.search(r"https?://\S+/registrations/cancel/\S+/", message.body).group(0)


def test_the_form_asks_only_the_events_questions_and_is_never_cached(client, open_event):
    event = open_event(asks_nationality=True, asks_dietary_needs=True)
    response = client.get(reverse("registrations:register", args=[event.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    fields = response.context["form"].fields
    assert "nationality" in fields and "dietary_needs" in fields
    assert "organisation" not in fields and "access_needs" not in fields
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert "3 places left." in html
    assert event.title in html


def test_a_registration_is_confirmed_and_the_visitor_thanked(client, register_url, event, programmes_team):
    response = post(client, register_url)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.event == event and registration.language == "en"
    assert registration.consented_at is not None
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Your place is confirmed" in thanks.content.decode()
    assert "siti@example.org" in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"] or "max-age=0" in thanks["Cache-Control"]
    to_visitor = [message for message in mail.outbox if message.to == ["siti@example.org"]]
    to_team = [message for message in mail.outbox if message.to == ["programmes@example.org"]]
    assert len(to_visitor) == 1 and len(to_team) == 1
    assert "Registration confirmed" in to_visitor[0].subject
    assert to_team[0].reply_to == ["siti@example.org"]


def test_a_visitor_registers_in_their_language(client, event):
    response = client.post(reverse("registrations:register", args=[event.pk]).replace("/en/", "/ko/"), form_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/ko/")
    assert Registration.objects.get().language == "ko"
    (message,) = [message for message in mail.outbox if message.to == ["siti@example.org"]]
    assert "/ko/registrations/cancel/" in message.body


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"consent": ""}, "consent", "Please agree"),
        ({"email": "not-an-address"}, "email", "valid email"),
        ({"name": ""}, "name", "required"),
        ({"homepage": "http://spam.example"}, None, "leave the last field empty"),
        ({"started": "forged"}, None, "could not be checked"),
    ],
)
def test_a_refused_form_says_why_and_keeps_what_was_typed(client, register_url, changes, field, words):
    response = post(client, register_url, organisation="ignored", **changes)
    assert response.status_code == 200
    form = response.context["form"]
    errors = form.errors[field] if field else form.non_field_errors()
    assert words in " ".join(errors)
    assert form["name"].value() == changes.get("name", "Siti Rahman")
    assert 'role="alert"' in response.content.decode()
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_within_seconds_is_refused(client, register_url):
    response = post(client, register_url, started=guards.new_stamp())
    assert "within seconds" in " ".join(response.context["form"].non_field_errors())
    assert not Registration.objects.exists()


@override_settings(FORM_SENDS_PER_HOUR=2)
def test_the_rate_limit_refuses_a_third_send_from_one_address(client, register_url):
    for number in range(2):
        assert post(client, register_url, email=f"person{number}@example.org").status_code == 302
    response = post(client, register_url, email="person3@example.org", started=stamp_from(60))
    assert response.status_code == 200
    assert "Several forms" in " ".join(response.context["form"].non_field_errors())
    assert Registration.objects.count() == 2


def test_the_same_address_cannot_register_twice(client, register_url):
    assert post(client, register_url).status_code == 302
    response = post(client, register_url, email="SITI@example.org")
    assert response.status_code == 200
    assert "already registered" in " ".join(response.context["form"].errors["email"])
    assert Registration.objects.count() == 1


def test_after_cancelling_the_same_address_may_register_again(client, register_url):
    post(client, register_url)
    Registration.objects.get().cancel()
    assert post(client, register_url).status_code == 302
    assert Registration.objects.active().count() == 1


def test_csrf_is_enforced(register_url):
    client = Client(enforce_csrf_checks=True)
    response = client.post(register_url, form_data())
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_when_full_a_visitor_joins_the_waiting_list(client, open_event):
    event = open_event(registration_capacity=1)
    url = reverse("registrations:register", args=[event.pk])
    post(client, url, email="first@example.org")
    full = client.get(url).content.decode()
    assert "All places are taken" in full and "Join the waiting list" in full
    response = post(client, url, email="second@example.org")
    second = Registration.objects.get(email="second@example.org")
    assert second.status == RegistrationStatus.WAITING
    assert "waiting list" in client.get(response["Location"]).content.decode()
    (notice,) = [message for message in mail.outbox if message.to == ["second@example.org"]]
    assert "waiting list" in notice.subject and notice.attachments == []


def test_cancelling_moves_the_first_waiting_registration_up(client, open_event):
    event = open_event(registration_capacity=1)
    url = reverse("registrations:register", args=[event.pk])
    for name in ("first", "second", "third"):
        post(client, url, email=f"{name}@example.org")
    first = Registration.objects.get(email="first@example.org")
    link = tokens.cancel_token(first)
    page = client.get(reverse("registrations:cancel", args=[link]))
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert Registration.objects.get(pk=first.pk).status == RegistrationStatus.CONFIRMED, "a GET changes nothing"
    mail.outbox.clear()
    done = client.post(reverse("registrations:cancel", args=[link]))
    assert done.status_code == 200
    assert "has been cancelled" in done.content.decode()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "first@example.org": RegistrationStatus.CANCELLED,
        "second@example.org": RegistrationStatus.CONFIRMED,
        "third@example.org": RegistrationStatus.WAITING,
    }
    assert Registration.objects.get(pk=first.pk).cancelled_at is not None
    (moved_up,) = [message for message in mail.outbox if message.to == ["second@example.org"]]
    assert "A place is yours" in moved_up.subject
    assert moved_up.attachments[0][0].endswith(".ics")
    (cancelled,) = [message for message in mail.outbox if message.to == ["first@example.org"]]
    assert "cancelled" in cancelled.subject


def test_cancelling_a_waiting_registration_moves_nobody_up(client, open_event):
    event = open_event(registration_capacity=1)
    url = reverse("registrations:register", args=[event.pk])
    for name in ("first", "second", "third"):
        post(client, url, email=f"{name}@example.org")
    second = Registration.objects.get(email="second@example.org")
    client.post(reverse("registrations:cancel", args=[tokens.cancel_token(second)]))
    assert Registration.objects.get(email="third@example.org").status == RegistrationStatus.WAITING


def test_the_cancel_link_of_the_e_mail_works_and_twice_says_so(client, register_url):
    post(client, register_url)
    (message,) = [message for message in mail.outbox if message.to == ["siti@example.org"]]
    path = cancel_link_in(message).split("testserver", 1)[1]
    assert client.post(path).status_code == 200
    again = client.post(path)
    assert again.status_code == 200
    assert "cancelled already" in again.content.decode()
    assert Registration.objects.get().status == RegistrationStatus.CANCELLED


@pytest.mark.parametrize("token", ["nonsense", "1-1:AAAA", "1-1:" + "A" * 27, "%00"])
def test_a_tampered_cancel_link_says_so_with_400(client, register_url, token):
    post(client, register_url)
    response = client.get(f"/en/registrations/cancel/{token}/")
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    assert client.post(f"/en/registrations/cancel/{token}/").status_code == 400
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_a_link_to_a_deleted_registration_says_so_with_404(client, register_url):
    post(client, register_url)
    registration = Registration.objects.get()
    link = tokens.cancel_token(registration)
    registration.delete()
    response = client.get(reverse("registrations:cancel", args=[link]))
    assert response.status_code == 404
    assert "no longer exists" in response.content.decode()


def test_a_cancel_link_signed_for_the_thanks_page_is_refused(client, register_url):
    post(client, register_url)
    registration = Registration.objects.get()
    response = client.post(reverse("registrations:cancel", args=[tokens.thanks_token(registration)]))
    assert response.status_code == 400
    forged = signing.Signer(salt="another").sign(f"{registration.pk}-1")
    assert client.get(reverse("registrations:thanks", args=[forged])).status_code == 400


def test_a_deadline_passed_closes_the_form(client, open_event):
    event = open_event(registration_deadline=timezone.now() - datetime.timedelta(minutes=1))
    url = reverse("registrations:register", args=[event.pk])
    response = client.get(url)
    assert response.status_code == 404
    assert "Registration for this event is closed" in response.content.decode()
    assert post(client, url).status_code == 404
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": EventStatus.CANCELLED},
        {"registration_status": EventRegistration.CLOSED},
        {"registration_deadline": None, "starts_at": timezone.now() - datetime.timedelta(hours=1)},
    ],
)
def test_no_form_when_registration_is_not_possible(client, open_event, fields):
    event = open_event(**fields)
    assert client.get(reverse("registrations:register", args=[event.pk])).status_code == 404


def test_an_event_that_needs_no_registration_or_none_at_all_is_404(client, open_event):
    event = open_event(registration_status=EventRegistration.NOT_NEEDED)
    assert client.get(reverse("registrations:register", args=[event.pk])).status_code == 404
    assert client.get("/en/registrations/999999/").status_code == 404
    assert client.get("/en/registrations/99999999999999999999999/").status_code == 404
    assert client.get("/en/registrations/not-a-number/").status_code == 404


def test_an_unpublished_event_takes_no_registrations(client, open_event):
    event = open_event()
    event.unpublish()
    assert client.get(reverse("registrations:register", args=[event.pk])).status_code == 404


def test_an_external_registration_address_is_where_visitors_go(client, open_event):
    event = open_event(registration_url="https://tickets.example.org/event")
    response = client.get(reverse("registrations:register", args=[event.pk]))
    assert response.status_code == 302
    assert response["Location"] == "https://tickets.example.org/event"


def test_the_form_page_makes_a_bounded_number_of_queries(client, register_url, django_assert_max_num_queries):
    client.get(register_url)
    with django_assert_max_num_queries(5):
        assert client.get(register_url).status_code == 200


def test_other_methods_are_refused(client, register_url):
    assert client.put(register_url).status_code == 405


def test_the_team_hears_of_a_cancellation(client, register_url, programmes_team):
    post(client, register_url)
    mail.outbox.clear()
    client.post(reverse("registrations:cancel", args=[tokens.cancel_token(Registration.objects.get())]))
    (notice,) = [message for message in mail.outbox if message.to == ["programmes@example.org"]]
    assert notice.subject.startswith("Cancelled registration:")
    assert "Confirmed: 0." in notice.body


def test_an_expired_or_unknown_thanks_address_is_a_clear_page(client, register_url):
    assert client.get("/en/registrations/thanks/garbage/").status_code == 400
    post(client, register_url)
    registration = Registration.objects.get()
    token = tokens.thanks_token(registration)
    registration.delete()
    assert client.get(reverse("registrations:thanks", args=[token])).status_code == 404


def test_a_day_old_thanks_address_says_the_e_mail_has_it_all(client, register_url):
    post(client, register_url)
    registration = Registration.objects.get()
    token = tokens.thanks_token(registration)
    later = timezone.now().timestamp() + tokens.THANKS_MAX_AGE + 60
    with mock.patch("time.time", return_value=later):
        response = client.get(reverse("registrations:thanks", args=[token]))
    assert response.status_code == 400
    assert "confirmation e-mail has the details" in response.content.decode()


def test_a_registration_of_the_same_address_a_moment_earlier_keeps_the_form(client, register_url, monkeypatch):
    def raced(*args, **kwargs):
        raise IntegrityError("registrations_one_active_per_email_and_event")

    monkeypatch.setattr(places, "register", raced)
    response = post(client, register_url, name="Raced Visitor")
    assert response.status_code == 200
    assert "already registered" in " ".join(response.context["form"].errors["email"])
    assert response.context["form"]["name"].value() == "Raced Visitor"
    assert mail.outbox == []
