import pytest

from django.urls import reverse

from tests.registrations.helpers import registration_fields


@pytest.fixture
def open_event(make_event):
    """An event taking registrations on the site, with three places."""

    def make(**fields):
        return make_event(**registration_fields(**{"registration_capacity": 3, **fields}))

    return make


@pytest.fixture
def event(open_event):
    return open_event()


@pytest.fixture
def register_url(event):
    return reverse("registrations:register", args=[event.pk])


@pytest.fixture
def programmes_team(site):
    from pages.models import OrganisationSettings

    settings = OrganisationSettings.for_site(site)
    settings.email = "info@example.org"
    settings.programmes_email = "programmes@example.org"
    settings.save()
    return settings
