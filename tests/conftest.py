import io

import pytest

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from home.models import HomePage
from pages.models import GreetingPage, PriorityIndexPage, PriorityPage, StandardPage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the real initial content, built once per test session."""
    with django_db_blocker.unblock():
        call_command("load_initial_content", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_state():
    """An empty cache and the source language active, whatever the previous test requested."""
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def about(home):
    return StandardPage.objects.child_of(home).get(slug="about")


@pytest.fixture
def greeting(db):
    return GreetingPage.objects.get()


@pytest.fixture
def priority_index(db):
    return PriorityIndexPage.objects.get()


@pytest.fixture
def priority(priority_index):
    return PriorityPage.objects.child_of(priority_index).get(slug="economy")


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def event_index(db):
    from programmes.models import EventIndexPage

    return EventIndexPage.objects.get()


@pytest.fixture
def make_event(event_index):
    """Create a live event under the event listing; keyword arguments override the defaults."""
    import datetime
    import itertools

    from django.utils import timezone

    from programmes.models import EventPage

    counter = itertools.count(1)

    def make(**fields):
        number = next(counter)
        starts_at = fields.pop("starts_at", timezone.now() + datetime.timedelta(days=number))
        values = {
            "title": f"Test event {number}",
            "slug": f"test-event-{number}",
            "summary": f"Summary of test event {number}",
            "starts_at": starts_at,
            "ends_at": starts_at + datetime.timedelta(hours=2),
            **fields,
        }
        with translation.override(settings.LANGUAGE_CODE):  # a request may have left another active
            event = EventPage(**values)
            event_index.add_child(instance=event)
        return event

    return make
