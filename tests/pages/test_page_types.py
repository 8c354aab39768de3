"""Every page type: where it may live, that it renders in en and ko, that editors can open and create it."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Page

from home.models import HomePage
from pages.models import GreetingPage, PriorityIndexPage, PriorityPage, StandardPage
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data

PAGE_PATHS = {
    HomePage: "",
    StandardPage: "about/",
    GreetingPage: "about/greetings/",
    PriorityIndexPage: "priorities/",
    PriorityPage: "priorities/economy/",
}

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    GreetingPage: {HomePage, StandardPage, GreetingPage},  # the archive: earlier greetings under the current
    PriorityIndexPage: {HomePage},
    PriorityPage: {PriorityIndexPage},
}


def page_of_type(page_class):
    if page_class is HomePage:
        return HomePage.objects.get()
    return Page.objects.get(url_path__endswith="/" + PAGE_PATHS[page_class]).specific


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS))
def test_allowed_parent_page_types(page_class):
    assert set(page_class.allowed_parent_page_models()) == ALLOWED_PARENTS[page_class]


def test_priority_pages_cannot_be_created_outside_the_priorities(home, about, priority_index):
    assert PriorityPage.can_create_at(priority_index)
    assert not PriorityPage.can_create_at(home)
    assert not PriorityPage.can_create_at(about)


def test_single_instance_page_types_cannot_be_created_twice(home, about, priority_index):
    assert not HomePage.can_create_at(Page.get_first_root_node())
    assert not GreetingPage.can_create_at(about)
    assert not PriorityIndexPage.can_create_at(home)


def test_leaf_page_types_take_no_children(greeting, priority):
    assert not StandardPage.can_create_at(greeting)
    assert not StandardPage.can_create_at(priority)


@pytest.mark.parametrize("page_class", list(PAGE_PATHS))
@pytest.mark.parametrize("language", ["en", "ko"])
def test_page_renders_in_language(client, db, page_class, language):
    page = page_of_type(page_class)
    response = client.get(f"/{language}/{PAGE_PATHS[page_class]}")
    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == language
    assert len(document.find_all("h1")) == 1
    expected_title = getattr(page, f"title_{language}")
    assert expected_title and expected_title in document.h1.get_text()
    assert not document.select(".fallback-notice"), "initial content is complete in en and ko"


@pytest.mark.parametrize("page_class", list(PAGE_PATHS))
def test_korean_render_shows_korean_text_not_english(client, db, page_class):
    response = client.get(f"/ko/{PAGE_PATHS[page_class]}")
    text = soup(response).main.get_text()
    page = page_of_type(page_class)
    if page.introduction_en:
        assert page.introduction_ko in text
        assert page.introduction_en not in text


@pytest.mark.parametrize("page_class", list(PAGE_PATHS))
def test_page_render_costs_few_queries(client, db, page_class, django_assert_max_num_queries):
    client.get(f"/ko/{PAGE_PATHS[page_class]}")  # warm the menu and footer caches, as in production
    with django_assert_max_num_queries(12):
        response = client.get(f"/ko/{PAGE_PATHS[page_class]}")
    assert response.status_code == 200


@pytest.mark.parametrize("page_class", list(PAGE_PATHS))
def test_admin_edit_view_opens(editor_client, page_class):
    page = page_of_type(page_class)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert b"title_ko" in response.content, "the Korean fields are offered to editors"


@pytest.mark.parametrize(
    ("page_class", "parent_path", "fields"),
    [
        (StandardPage, "about/", empty_stream_fields(StandardPage, "body")),
        (
            PriorityPage,
            "priorities/",
            {
                "short_name_en": "Digital",
                "summary_en": "Digital cooperation.",
                "icon": "economy",
                **empty_stream_fields(PriorityPage, "body", "focus_areas"),
            },
        ),
    ],
)
def test_editor_can_create_the_page_in_the_admin(editor_client, page_class, parent_path, fields):
    parent = Page.objects.get(url_path=f"/home/{parent_path}")
    url = reverse("wagtailadmin_pages:add", args=[page_class._meta.app_label, page_class._meta.model_name, parent.pk])
    data = initial_form_data(editor_client, url)
    data.update({"title_en": "Created in the admin", "title_ko": "관리자에서 만든 페이지", "slug": "created", **fields})
    data["action-publish"] = "publish"
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    page = page_class.objects.get(slug="created")
    assert page.live and page.title_ko == "관리자에서 만든 페이지"
    assert editor_client.get(f"/ko/{parent_path}created/").status_code == 200
