import datetime
import io
from pathlib import Path

import pytest

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from wagtail.models import Page, Site

from akc_site import commits
from home.models import HomePage
from news.models import NewsIndexPage
from pages.models import GreetingPage, PriorityIndexPage, PriorityPage, StandardPage
from programmes.models import EventIndexPage, HallIndexPage, HallPage
from staff.roles import TRANSLATORS
from tests import factories

TESTS_DIR = Path(__file__).parent
# Markers by folder (the others are on the modules: pytestmark); pyproject.toml registers them.
MARKERS_BY_FOLDER = {"browser": ("browser", "slow"), "bench": ("slow",)}


def pytest_collection_modifyitems(config, items):
    for item in items:
        relative = Path(item.fspath).relative_to(TESTS_DIR)
        for name in MARKERS_BY_FOLDER.get(relative.parts[0], ()):
            item.add_marker(name)


# `make test` runs pytest-xdist with --dist loadfile: a module's tests stay on one worker, so the
# browser tests' live server and a module's initial content (initial_content) are set up once per
# module. (--dist loadgroup would not do: pytest-xdist 3.8 marks its groups by rewriting
# Item._nodeid, which pytest 9.2 no longer reads.)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from a small factory-built site of every page type (tests/factories.py),
    built once per test session (once per xdist worker)."""
    with django_db_blocker.unblock():
        factories.build_site()


def load_initial_content():
    """Replace the factory-built site by the real initial content of content/."""
    Page.objects.filter(depth=2).delete()  # the site and its settings go with their root page
    call_command("load_initial_content", stdout=io.StringIO())


@pytest.fixture(scope="module")
def initial_content(django_db_setup, django_db_blocker):
    """The real initial content instead of the factory-built site, for a module that is about it.

    Loaded once for the module inside a transaction that is rolled back at its end; each test's own
    transaction is a savepoint within it, so the tests do not see each other's changes.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            load_initial_content()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        cache.clear()


@pytest.fixture
def initial_content_in_this_test(db):
    """The real initial content instead of the factory-built site, for one test (in its transaction)."""
    load_initial_content()


@pytest.fixture(autouse=True)
def commits_at_once(request, monkeypatch):
    """A test's transaction never commits: what waits for a commit (akc_site/commits.py) runs at once,
    as it would after the editor's request, except in tests marked `commits`, which check the wait."""
    if request.node.get_closest_marker("commits") is None:
        monkeypatch.setattr(commits, "on_commit", lambda function, robust=False: function())


@pytest.fixture(autouse=True)
def fresh_state():
    """An empty cache and the source language active, whatever the previous test requested."""
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    assert site.root_page.specific_class is HomePage
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
def hall_index(db):
    return HallIndexPage.objects.get()


@pytest.fixture
def seoul_hall(hall_index):
    """A hall open Monday to Friday, 9:00 to 18:00 Korea time, closed on public holidays."""
    return HallPage.objects.child_of(hall_index).get(slug="seoul")


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get()


@pytest.fixture
def editor(db):
    return factories.SuperuserFactory(username="editor", email="editor@example.org")


@pytest.fixture
def translator(db):
    return factories.UserFactory(username="translator", groups=[TRANSLATORS])


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def event_index(db):
    return EventIndexPage.objects.get()


@pytest.fixture
def make_event(event_index):
    """Create a live event under the event listing, not yet published as a revision (publish() it
    where that matters); keyword arguments override the factory's fields."""

    def make(**fields):
        if "starts_at" in fields and "ends_at" not in fields:
            fields["ends_at"] = fields["starts_at"] + datetime.timedelta(hours=2)
        return factories.EventPageFactory(parent=event_index, publish=False, **fields)

    return make
