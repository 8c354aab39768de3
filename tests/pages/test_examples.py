"""Example content is marked as such to visitors and editors, loaded only when asked, removed in one go."""

import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page

from home.initial_content import InitialContentLoader
from pages.examples import example_pages, remove_examples
from programmes.models import EventPage, ExhibitionPage


def public_path(page, language):
    return f"/{language}{page.url_path[len('/home') :]}"


def visit(client, page, language="en"):
    response = client.get(public_path(page, language))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(("language", "word"), [("en", "Example"), ("ko", "예시")])
def test_an_example_page_says_so_to_visitors_in_their_language(client, make_event, language, word):
    example = make_event(is_example=True)
    notice = visit(client, example, language).select_one("main .example-notice")
    assert notice is not None and notice["role"] == "note"
    assert notice.strong.get_text() == word


def test_a_real_page_carries_no_example_notice(client, make_event):
    assert visit(client, make_event()).select_one(".example-notice") is None


def test_example_cards_are_marked_in_the_listing(client, make_event, event_index):
    example, real = make_event(is_example=True), make_event()
    document = visit(client, event_index)
    cards = {card.select_one(".card__title").get_text(strip=True): card for card in document.select(".event-card")}
    assert cards[example.title].select_one(".card__example").get_text() == "Example"
    assert cards[real.title].select_one(".card__example") is None


def test_remove_examples_deletes_only_examples_and_what_is_under_them(make_event):
    example, real = make_event(is_example=True), make_event()
    assert example.pk in set(example_pages().values_list("pk", flat=True))
    removed = remove_examples()
    assert removed >= 1
    assert not Page.objects.filter(pk=example.pk).exists()
    assert Page.objects.filter(pk=real.pk).exists()
    assert not example_pages().exists()


def test_the_command_lists_on_a_dry_run_and_then_removes(make_event):
    example = make_event(is_example=True)
    out = io.StringIO()
    call_command("remove_examples", "--dry-run", stdout=out)
    assert example.title in out.getvalue()
    assert Page.objects.filter(pk=example.pk).exists()
    call_command("remove_examples", stdout=io.StringIO())
    assert not Page.objects.filter(pk=example.pk).exists()


def test_an_administrator_removes_the_examples_from_the_admin(editor_client, make_event):
    example, real = make_event(is_example=True), make_event()
    url = reverse("remove_examples")
    listing = BeautifulSoup(editor_client.get(url).content, "html.parser")
    assert example.title in listing.select_one(".example-pages").get_text()
    assert real.title not in listing.select_one(".example-pages").get_text()
    response = editor_client.post(url)
    assert response.status_code == 302
    assert not Page.objects.filter(pk=example.pk).exists() and Page.objects.filter(pk=real.pk).exists()
    assert "There is no example content" in editor_client.get(url).content.decode()


def test_only_administrators_may_remove_examples(client, django_user_model, make_event):
    example = make_event(is_example=True)
    moderator = django_user_model.objects.create_user("moderator", "m@example.org", "a-long-test-password")
    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(moderator)
    assert client.post(reverse("remove_examples")).status_code in (302, 403)
    assert Page.objects.filter(pk=example.pk).exists()


def test_the_initial_content_loads_its_examples_only_when_asked(db):
    remove_examples()
    InitialContentLoader(log=lambda _message: None, examples=False).load()
    assert not EventPage.objects.filter(is_example=True).exists()
    assert not ExhibitionPage.objects.filter(is_example=True).exists()
    InitialContentLoader(log=lambda _message: None, examples=True).load()
    assert EventPage.objects.filter(is_example=True, tags__name="sample").exists()
    assert ExhibitionPage.objects.filter(is_example=True).exists()
