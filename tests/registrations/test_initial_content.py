"""On a fresh site (the initial content), a visitor can register for the example events open for it."""

import pytest

from django.urls import reverse

from programmes.models import EventPage
from registrations.models import Registration
from tests.registrations.helpers import form_data

pytestmark = pytest.mark.django_db


def test_the_open_example_events_take_registrations_on_the_site(client, initial_content_in_this_test):
    open_events = list(EventPage.objects.filter(registration_status="open"))
    assert open_events
    assert all(event.takes_registrations_on_site() for event in open_events)
    batik = EventPage.objects.get(slug="asean-batik-workshop")
    assert batik.registration_capacity == 20, "the number of places its text gives"
    page = client.get(batik.url).content.decode()
    url = reverse("registrations:register", args=[batik.pk])
    assert f'href="{url}"' in page
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(access_needs="A wheelchair space"))
    assert response.status_code == 302
    assert Registration.objects.get().access_needs == "A wheelchair space"
