"""The staff's side: the list with filters and search, CSV export, attendance, e-mail to registrants,
and who may do it (Editors and Moderators; Translators not)."""

import csv
import io
import re

import pytest

from django.core import mail
from django.urls import reverse

from registrations import places
from registrations.models import Registration, RegistrationStatus
from staff.roles import EDITORS, MODERATORS, TRANSLATORS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = "event_registrations:index"


@pytest.fixture
def registrations(open_event):
    event = open_event(registration_capacity=2)
    made = []
    for name, language in (("Ana", "en"), ("Budi", "id"), ("Chai", "th")):
        registration = Registration(name=name, email=f"{name.lower()}@example.org", nationality="th")
        made.append(places.register(event, registration, language))
    mail.outbox.clear()
    return made


def logged_in(client, group):
    client.force_login(UserFactory(groups=[group]))
    return client


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_editors_and_moderators_see_the_list_and_the_waiting_list(client, registrations, group):
    logged_in(client, group)
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    html = response.content.decode()
    assert all(registration.email in html for registration in registrations)
    waiting = client.get(reverse(INDEX), {"status": RegistrationStatus.WAITING})
    assert "chai@example.org" in waiting.content.decode()
    assert "ana@example.org" not in waiting.content.decode()
    found = client.get(reverse(INDEX), {"q": "Budi"}).content.decode()
    assert "budi@example.org" in found and "ana@example.org" not in found


def test_a_translator_sees_no_registrations(client, registrations):
    logged_in(client, TRANSLATORS)
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    assert client.get(reverse("email_registrants")).status_code in (302, 403)


def test_nobody_adds_a_registration_in_the_admin(editor_client):
    response = editor_client.get(reverse("event_registrations:add"))
    assert response.status_code in (302, 403)


def test_the_list_exports_as_csv(editor_client, registrations):
    response = editor_client.get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == [
        "Event",
        "Name",
        "E-mail address",
        "Organisation",
        "Nationality",
        "Dietary needs",
        "Access needs",
        "Status",
        "Attended",
        "Language",
        "Received",
        "Cancelled",
    ]
    by_email = {row[2]: row for row in rows[1:]}
    assert set(by_email) == {"ana@example.org", "budi@example.org", "chai@example.org"}
    chai = by_email["chai@example.org"]
    assert chai[0] == registrations[0].event.title
    assert chai[4] == "Thailand" and chai[7] == "On the waiting list" and chai[9] == "th"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", chai[10]) and chai[11] == ""


def test_attendance_is_marked_and_nothing_else_changes(client, registrations):
    logged_in(client, EDITORS)
    ana = registrations[0]
    url = reverse("event_registrations:edit", args=[ana.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"attended": "on", "name": "Changed", "status": "cancelled"})
    assert response.status_code == 302
    ana.refresh_from_db()
    assert ana.attended and ana.name == "Ana" and ana.status == RegistrationStatus.CONFIRMED
    assert client.get(reverse(INDEX), {"attended": "true"}).content.decode().count("ana@example.org") >= 1


def test_an_editor_e_mails_the_confirmed_registrants_each_separately(client, registrations):
    logged_in(client, EDITORS)
    event = registrations[0].event
    form = client.get(reverse("email_registrants"), {"event": event.pk})
    assert form.status_code == 200
    response = client.post(
        reverse("email_registrants"),
        {"event": event.pk, "whom": "confirmed", "subject": "Change of room", "message": "We meet in Hall B."},
    )
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == ["ana@example.org", "budi@example.org"]
    for message in mail.outbox:
        assert message.subject == "Change of room"
        assert len(message.to) == 1 and not message.cc and not message.bcc
        assert "We meet in Hall B." in message.body
        assert "/registrations/cancel/" in message.body
    budi = next(message for message in mail.outbox if message.to == ["budi@example.org"])
    assert "/id/registrations/cancel/" in budi.body, "in the registrant's language"


def test_the_waiting_list_can_be_written_to_alone(editor_client, registrations):
    event = registrations[0].event
    editor_client.post(
        reverse("email_registrants"), {"event": event.pk, "whom": "waiting", "subject": "S", "message": "M"}
    )
    assert [message.to for message in mail.outbox] == [["chai@example.org"]]


def test_a_bad_e_mail_form_is_refused_and_sends_nothing(editor_client, registrations):
    response = editor_client.post(reverse("email_registrants"), {"event": "999999", "whom": "all", "subject": ""})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"event", "subject", "message"}
    assert mail.outbox == []
    assert editor_client.get(reverse("email_registrants"), {"event": "x'"}).status_code == 200


def test_a_registration_is_inspected_with_what_the_visitor_gave(editor_client, registrations):
    response = editor_client.get(reverse("event_registrations:inspect", args=[registrations[0].pk]))
    assert response.status_code == 200
    assert "ana@example.org" in response.content.decode()


def test_an_events_usage_lists_no_registrant():
    """Wagtail's reference index would show an event's registrants under its page's Usage, to anyone
    who may edit the page."""
    from wagtail.models import ReferenceIndex

    reverse(INDEX)  # the admin's URLs loaded: the viewsets have registered
    assert not ReferenceIndex.is_indexed(Registration)
    assert not ReferenceIndex.model_is_indexable(Registration)
