"""/sitemap.xml lists every public page in every language with its alternates; /robots.txt points to it."""

from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree

from django.utils import translation
from django.utils.http import http_date

from wagtail.models import Page, PageViewRestriction

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.models import StandardPage
from pages.site_tree import public_pages
from pages.sitemap import PageSitemap

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


@pytest.mark.slow
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


def test_last_modified_header_follows_the_latest_page(client, home, about):
    pages = public_pages(Page.objects.descendant_of(home, inclusive=True))
    latest = max(page.last_published_at or page.latest_revision_created_at for page in pages)
    assert client.get("/sitemap.xml")["Last-Modified"] == http_date(latest.timestamp())
    about.save_revision().publish()
    about.refresh_from_db()
    assert about.last_published_at > latest
    assert client.get("/sitemap.xml")["Last-Modified"] == http_date(about.last_published_at.timestamp())


def test_beyond_the_limit_the_sitemap_continues_on_numbered_pages(client, home, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 2 * len(LANGUAGE_CODES))  # two pages' addresses a file
    page_count = len(public_page_paths(home))
    file_count = -(-page_count // 2)
    robots = client.get("/robots.txt").content.decode().splitlines()
    assert [line for line in robots if line.startswith("Sitemap:")] == [
        "Sitemap: http://testserver/sitemap.xml",
        *(f"Sitemap: http://testserver/sitemap.xml?p={number}" for number in range(2, file_count + 1)),
    ]
    listed = []
    for number in range(1, file_count + 1):
        response = client.get(f"/sitemap.xml?p={number}")
        assert response.status_code == 200
        listed += [
            path_of(loc.text) for loc in ElementTree.fromstring(response.content).iter(f"{{{NAMESPACES['sm']}}}loc")
        ]
    assert len(listed) == len(set(listed)) == page_count * len(LANGUAGE_CODES)
    assert client.get(f"/sitemap.xml?p={file_count + 1}").status_code == 404


def test_sitemap_costs_the_same_queries_however_many_pages(client, about, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        sitemap(client)
    with translation.override("en"):
        for number in range(30):
            about.add_child(instance=StandardPage(title=f"Extra {number}", slug=f"extra-{number}"))
    with django_assert_max_num_queries(6):
        assert len(sitemap(client)) == len(public_page_paths(about.get_parent())) * len(LANGUAGE_CODES)


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
