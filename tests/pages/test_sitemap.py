"""/sitemap.xml lists every public page in every language with its alternates; /robots.txt points to it."""

from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree

from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.models import StandardPage
from pages.site_tree import public_pages

NAMESPACES = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{{{NAMESPACES['sm']}}}urlset"
    return {
        entry.findtext("sm:loc", namespaces=NAMESPACES): {
            "lastmod": entry.findtext("sm:lastmod", namespaces=NAMESPACES),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in entry.findall("xhtml:link", NAMESPACES)
                if link.get("rel") == "alternate"
            },
        }
        for entry in root.findall("sm:url", NAMESPACES)
    }


def path_of(url):
    return urlsplit(url).path


def public_page_paths(home):
    pages = public_pages(Page.objects.descendant_of(home, inclusive=True))
    return {page.url_path[len(home.url_path) :] for page in pages}


def test_sitemap_lists_every_public_page_in_every_language(client, home):
    entries = sitemap(client)
    expected = {f"/{code}/{path}" for path in public_page_paths(home) for code in LANGUAGE_CODES}
    assert {path_of(url) for url in entries} == expected
    assert all(url.startswith("http://testserver/") for url in entries)


def test_every_address_lists_all_its_languages_and_an_english_x_default(client, db):
    for url, entry in sitemap(client).items():
        alternates = entry["alternates"]
        assert set(alternates) == {*LANGUAGE_CODES, "x-default"}
        assert alternates["x-default"] == alternates[SOURCE_LANGUAGE]
        assert url in alternates.values()
        page_path = path_of(url).split("/", 2)[2]
        assert all(path_of(alternates[code]) == f"/{code}/{page_path}" for code in LANGUAGE_CODES)


def test_every_address_has_a_lastmod_date(client, db):
    for entry in sitemap(client).values():
        assert entry["lastmod"] and len(entry["lastmod"]) == 10  # YYYY-MM-DD


def test_every_listed_address_answers_200(client, db):
    addresses = {url for entry in sitemap(client).values() for url in entry["alternates"].values()}
    failures = {path_of(url): client.get(path_of(url)).status_code for url in sorted(addresses)}
    assert {path: status for path, status in failures.items() if status != 200} == {}


def test_drafts_and_private_pages_are_left_out_and_publishing_updates_it(client, about):
    with translation.override("en"):
        draft = StandardPage(title="Draft", slug="draft", live=False)
        about.add_child(instance=draft)
        private = StandardPage(title="Members", slug="members")
        about.add_child(instance=private)
        private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    paths = {path_of(url) for url in sitemap(client)}
    assert "/en/about/draft/" not in paths
    assert "/en/about/members/" not in paths
    draft.save_revision().publish()
    assert "/ko/about/draft/" in {path_of(url) for url in sitemap(client)}


def test_last_modified_header_follows_the_latest_page(client, db):
    response = client.get("/sitemap.xml")
    assert response.has_header("Last-Modified")


@pytest.mark.parametrize("query", ["?p=2", "?p=0", "?p=abc", "?p=" + "9" * 50])
def test_sitemap_pages_that_do_not_exist_are_404(client, db, query):
    assert client.get(f"/sitemap.xml{query}").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_admin_and_search_out(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for code in LANGUAGE_CODES:
        assert f"Disallow: /{code}/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not any(line == "Disallow: /" for line in lines)


def test_robots_and_sitemap_are_outside_the_language_prefixes(client, db):
    assert client.get("/en/sitemap.xml").status_code == 404
    assert client.get("/en/robots.txt").status_code == 404
