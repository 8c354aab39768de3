"""Earlier greetings: kept under the current one, listed newest first, each saying it is not current."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import translation

from pages.models import GreetingPage, StandardPage
from tests.factories import GreetingPageFactory, StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def url_of(page, language="en"):
    with translation.override(language):
        return page.url


@pytest.fixture
def archive(greeting):
    """Two earlier greetings under the current one, and a draft one visitors must not see."""
    return [
        GreetingPageFactory(parent=greeting, slug="2019", year=2019, signatory_name="Earlier Signatory"),
        GreetingPageFactory(parent=greeting, slug="2021", year=2021, signatory_name="Later Signatory"),
        GreetingPageFactory(parent=greeting, slug="2020", year=2020, live=False),
    ]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_current_greeting_lists_the_earlier_ones_newest_first(client, greeting, archive, language):
    page = BeautifulSoup(client.get(url_of(greeting, language)).content, "html.parser")
    links = [link["href"] for link in page.select(".greeting__archive a")]
    assert links == [url_of(archive[1], language), url_of(archive[0], language)], "newest first, no draft"
    assert not page.select(".greeting .fallback-notice")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_an_earlier_greeting_says_so_and_links_to_the_current_one(client, greeting, archive, language):
    response = client.get(url_of(archive[0], language))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    notice = page.select_one(".greeting .fallback-notice")
    assert notice is not None and "2019" in notice.get_text()
    assert notice.select_one("a")["href"] == url_of(greeting, language)
    assert not page.select(".greeting__archive")


def test_the_greeting_names_its_year_and_signatory(client, greeting):
    meta = BeautifulSoup(client.get(url_of(greeting)).content, "html.parser").select_one(".greeting__meta")
    assert str(greeting.year) in meta.get_text() and greeting.signatory_name in meta.get_text()


def test_the_archive_costs_the_same_queries_however_long(client, greeting, django_assert_max_num_queries):
    GreetingPageFactory(parent=greeting, slug="2018", year=2018)
    client.get(url_of(greeting))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(url_of(greeting))
    for year in range(2010, 2018):
        GreetingPageFactory(parent=greeting, slug=str(year), year=year)
    client.get(url_of(greeting))  # refill what the new pages' publishing emptied
    with CaptureQueriesContext(connection) as nine:
        client.get(url_of(greeting))
    assert len(nine.captured_queries) == len(one.captured_queries)


def test_one_current_greeting_per_section_and_no_archive_of_an_archive(home, about, greeting, archive):
    assert not GreetingPage.can_create_at(about), "About has its greeting"
    assert GreetingPage.can_create_at(greeting), "the archive takes earlier greetings"
    assert not GreetingPage.can_create_at(archive[0]), "an earlier greeting takes none"
    other_section = StandardPageFactory(parent=home, slug="other-section")
    assert GreetingPage.can_create_at(other_section)
    assert not StandardPage.can_create_at(greeting)


def test_moving_keeps_the_rules(home, about, greeting, archive):
    other_section = StandardPageFactory(parent=home, slug="other-section")
    assert greeting.can_move_to(other_section)
    assert not archive[0].can_move_to(archive[1]), "no archive of an archive"
    assert not archive[0].can_move_to(about), "About has its greeting"
    assert greeting.can_move_to(about) is False or greeting.get_parent().pk == about.pk


def test_staff_keep_a_copy_in_the_archive(editor_client, greeting):
    with translation.override("en"):
        url = reverse("archive_greeting", args=[greeting.pk])
        edit = reverse("wagtailadmin_pages:edit", args=[greeting.pk])
    assert url in editor_client.get(edit).content.decode(), "the greeting's header offers it"
    confirm = editor_client.get(url)
    assert confirm.status_code == 200 and str(greeting.year) in confirm.content.decode()

    response = editor_client.post(url, follow=True)
    assert response.status_code == 200
    copy = GreetingPage.objects.child_of(greeting).get()
    assert copy.slug == str(greeting.year) and copy.live and not copy.show_in_menus
    assert copy.lead_ko == greeting.lead_ko and copy.signatory_name == greeting.signatory_name
    assert "kept in the archive" in response.content.decode()

    again = editor_client.post(url, follow=True)
    assert "already has a greeting of" in again.content.decode()
    assert GreetingPage.objects.child_of(greeting).count() == 1


def test_an_archived_greeting_is_not_archived_again(editor_client, greeting, archive):
    with translation.override("en"):
        url = reverse("archive_greeting", args=[archive[0].pk])
        edit = reverse("wagtailadmin_pages:edit", args=[archive[0].pk])
    assert url not in editor_client.get(edit).content.decode()
    response = editor_client.post(url, follow=True)
    assert "in the archive already" in response.content.decode(), [str(m) for m in response.context["messages"]]
    assert not GreetingPage.objects.child_of(archive[0]).exists()


def test_archiving_needs_the_right_to_copy_and_add(client, greeting):
    client.force_login(UserFactory(username="no-rights"))
    with translation.override("en"):
        url = reverse("archive_greeting", args=[greeting.pk])
    assert client.post(url).status_code in (302, 403)
    assert not GreetingPage.objects.child_of(greeting).exists()
    with translation.override("en"):
        unknown = reverse("archive_greeting", args=[999999])
    response = client.post(unknown)
    assert response.status_code in (302, 404)
