"""The e-mails of a registration, in the visitor's language, and the event's .ics parsed back."""

import datetime

import icalendar
import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from registrations import emails
from registrations.models import Registration
from tests.registrations.helpers import form_data

pytestmark = pytest.mark.django_db


def register(client, event, language="en", **changes):
    url = reverse("registrations:register", args=[event.pk]).replace("/en/", f"/{language}/")
    response = client.post(url, form_data(**changes))
    assert response.status_code == 302, response.context["form"].errors
    return Registration.objects.get(email=changes.get("email", "siti@example.org"))


def visitor_messages(address="siti@example.org"):
    return [message for message in mail.outbox if message.to == [address]]


def test_the_confirmation_carries_the_events_calendar(client, event, programmes_team):
    register(client, event)
    (message,) = visitor_messages()
    assert message.subject == f"Registration confirmed: {event.title}"
    assert message.reply_to == ["programmes@example.org"]
    ((filename, content, mimetype),) = message.attachments
    assert filename == f"{event.slug}.ics" and mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(content)
    (component,) = calendar.walk("VEVENT")
    assert str(component["summary"]) == event.title
    assert component.decoded("dtstart") == event.local_start.replace(microsecond=0)
    assert component.decoded("dtend") == event.local_end.replace(microsecond=0)
    assert str(component["uid"]) == f"event-{event.pk}@testserver"
    assert str(component["url"]) == f"http://testserver{event.url}"
    assert "Dear Siti Rahman," in message.body
    assert "http://testserver/en/registrations/cancel/" in message.body
    assert f"http://testserver{event.url}" in message.body


def test_the_e_mail_is_in_the_visitors_language(client, event):
    register(client, event, language="ko")
    (message,) = visitor_messages()
    ((_name, content, _type),) = message.attachments
    (component,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(component["summary"]) == event.title_ko, "the Korean title"
    assert event.title_ko in message.subject
    with translation.override("ko"):
        assert translation.gettext("ASEAN-Korea Centre") in message.body
    assert "/ko/events/" in message.body


def test_the_team_is_told_with_the_counts_and_a_link_to_the_list(client, event, programmes_team):
    register(client, event, organisation="Embassy", **{})
    (notice,) = [message for message in mail.outbox if message.to == ["programmes@example.org"]]
    assert notice.subject == f"New registration: {event.title}"
    assert "Siti Rahman <siti@example.org>" in notice.body
    assert "Confirmed: 1. On the waiting list: 0." in notice.body
    assert "Places: 3." in notice.body
    assert f"/admin/registrations/?event={event.pk}" in notice.body or f"?event={event.pk}" in notice.body


def test_without_any_address_in_the_settings_the_team_notice_is_skipped(client, event):
    register(client, event)
    assert len(mail.outbox) == 1, "the visitor's confirmation only"


def test_a_task_for_a_registration_deleted_meanwhile_sends_nothing(event):
    assert emails.send_visitor_notice.call(123456, "confirmed", "https://example.org/") == 0
    assert emails.send_team_notice.call(123456, "registered", "https://example.org/") == 0
    assert emails.send_staff_message.call(123456, "Subject", "Body", "https://example.org/") == 0
    assert mail.outbox == []


def test_links_follow_the_address_the_visitor_used(client, event):
    registration = register(client, event)
    mail.outbox.clear()
    emails.send_visitor_notice.call(registration.pk, "waiting", "https://localhost:8443/")
    (message,) = visitor_messages()
    assert "https://localhost:8443/en/registrations/cancel/" in message.body
    assert message.attachments == []
    assert message.subject == f"On the waiting list: {event.title}"


def test_an_all_day_event_is_given_by_its_dates(client, open_event):
    event = open_event(is_all_day=True)
    event.starts_at, event.ends_at = event.all_day_bounds()
    event.save()
    register(client, event)
    (message,) = visitor_messages()
    (component,) = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert component.decoded("dtstart") == event.local_start.date()
    assert component.decoded("dtend") == event.local_end.date() + datetime.timedelta(days=1)
