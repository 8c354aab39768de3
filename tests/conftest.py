import pytest

from django.core.cache import cache

from pages.initial_content.builder import InitialContentBuilder
from pages.models import GreetingPage, HomePage, PriorityIndexPage, PriorityPage, StandardPage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the real initial content, built once per test session."""
    with django_db_blocker.unblock():
        InitialContentBuilder(log=lambda *args: None).build()


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


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
