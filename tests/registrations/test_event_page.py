"""The event page says 'Registration open', with a Register button, only when registration is possible."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from programmes.choices import EventStatus

pytestmark = pytest.mark.django_db


def event_page_html(client, event):
    event.save_revision().publish()
    response = client.get(event.url)
    assert response.status_code == 200
    return response.content.decode()


def test_an_open_event_links_to_the_sites_form(client, event):
    html = event_page_html(client, event)
    assert "Registration open" in html
    assert f'href="{reverse("registrations:register", args=[event.pk])}"' in html


def test_an_external_address_is_the_register_button(client, open_event):
    event = open_event(registration_url="https://tickets.example.org/event")
    html = event_page_html(client, event)
    assert "Registration open" in html
    assert 'href="https://tickets.example.org/event"' in html
    assert "/registrations/" not in html


@pytest.mark.parametrize(
    "fields",
    [
        {"registration_deadline": timezone.now() - datetime.timedelta(minutes=5)},
        {"status": EventStatus.CANCELLED},
        {"registration_status": "closed"},
    ],
)
def test_otherwise_registration_is_closed(client, open_event, fields):
    html = event_page_html(client, open_event(**fields))
    assert "Registration open" not in html
    assert "Registration closed" in html
    assert "/registrations/" not in html
