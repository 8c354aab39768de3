"""Navigation from the live tree: the menu, breadcrumbs and footer, and their cache kept true."""

from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from pages.models import OrganisationSettings, StandardPage


def menu_titles(client, path="/en/"):
    document = BeautifulSoup(client.get(path).content, "html.parser")
    return [link.get_text(strip=True) for link in document.select(".main-menu__list a")]


def test_menu_lists_the_sections_in_tree_order(client, about, priority_index, event_index, hall_index, news_index):
    # Tree order, not alphabetical: the sections were added in this order.
    expected = [about.title, priority_index.title, event_index.title, hall_index.title, news_index.title]
    assert menu_titles(client) == expected


def test_menu_marks_the_current_section(client, db):
    document = BeautifulSoup(client.get("/en/about/greetings/").content, "html.parser")
    current = document.select_one(".main-menu__list a[aria-current]")
    assert current["href"] == "/en/about/" and current["aria-current"] == "true"
    document = BeautifulSoup(client.get("/en/about/").content, "html.parser")
    assert document.select_one(".main-menu__list a[aria-current]")["aria-current"] == "page"


def test_menu_follows_publishing_unpublishing_and_restrictions(client, home):
    before = menu_titles(client)
    page = StandardPage(title="Newsroom", slug="newsroom", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert menu_titles(client) == [*before, "Newsroom"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "Newsroom" not in menu_titles(client)
    restriction.delete()
    assert "Newsroom" in menu_titles(client)
    page.unpublish()
    assert menu_titles(client) == before


def test_breadcrumbs_lead_home(client, db):
    document = BeautifulSoup(client.get("/ko/about/greetings/").content, "html.parser")
    links = document.select(".breadcrumbs a")
    assert [link["href"] for link in links] == ["/ko/", "/ko/about/", "/ko/about/greetings/"]
    assert links[-1]["aria-current"] == "page"


def test_footer_links_to_accessibility_and_privacy_in_the_language(client, db):
    details = OrganisationSettings.objects.get()
    document = BeautifulSoup(client.get("/ko/").content, "html.parser")
    hrefs = [link["href"] for link in document.select(".site-footer a")]
    assert f"/ko{details.accessibility_page.url_path.removeprefix('/home')}" in hrefs
    assert f"/ko{details.privacy_page.url_path.removeprefix('/home')}" in hrefs
    assert details.organisation_name_ko in document.select_one(".site-footer h2").get_text()
