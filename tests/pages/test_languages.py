"""Languages: the one list, URL prefixes, the root redirect, the switcher and hreflang alternates."""

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info, gettext

from akc_site.languages import LANGUAGE_CODES, NATIVE_NAMES

PUBLIC_PATHS = ["", "about/", "about/greetings/", "about/accessibility/", "priorities/", "priorities/economy/"]


def test_settings_languages_come_from_the_one_list():
    assert [code for code, _name in settings.LANGUAGES] == list(LANGUAGE_CODES)
    assert LANGUAGE_CODES == ("en", "ko", "id", "ms", "th", "vi", "fil", "km", "lo", "my")


@pytest.mark.parametrize(("code", "native"), [("fil", "Filipino"), ("lo", "ລາວ"), ("km", "ខ្មែរ"), ("ko", "한국어")])
def test_django_knows_every_native_name(code, native):
    assert get_language_info(code)["name_local"] == native


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_language_prefix_serves_the_home_page(client, db, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == language


@pytest.mark.parametrize(
    ("headers", "cookies", "expected"),
    [
        ({}, {}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "ko-KR,ko;q=0.9,en;q=0.5"}, {}, "/ko/"),
        ({"HTTP_ACCEPT_LANGUAGE": "th"}, {}, "/th/"),
        ({"HTTP_ACCEPT_LANGUAGE": "fil-PH"}, {}, "/fil/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,fr;q=0.8"}, {}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "ko"}, {settings.LANGUAGE_COOKIE_NAME: "vi"}, "/vi/"),
        ({}, {settings.LANGUAGE_COOKIE_NAME: "xx-nonsense"}, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": ";;;q=abc,,*"}, {}, "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, db, headers, cookies, expected):
    for name, value in cookies.items():
        client.cookies[name] = value
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/xx/", "/zz/about/", "/en-gb-nonsense/", "/ko/no-such-page/", "/ko/about/nope/"])
def test_unknown_prefixes_and_pages_end_in_a_404_page(client, db, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    document = BeautifulSoup(response.content, "html.parser")
    language = document.html["lang"]
    assert language == ("ko" if path.startswith("/ko/") else "en")
    with translation.override(language):
        assert document.h1.get_text(strip=True) == gettext("Page not found")


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_switcher_leads_to_the_same_page_in_every_language(client, db, path):
    response = client.get(f"/ko/{path}")
    switcher = BeautifulSoup(response.content, "html.parser").select(".language-switcher a[hreflang]")
    assert [link["hreflang"] for link in switcher] == list(LANGUAGE_CODES)
    for link in switcher:
        code = link["hreflang"]
        assert link["href"] == f"/{code}/{path}"
        assert link["lang"] == code
        assert link.get_text(strip=True) == NATIVE_NAMES[code]
        assert (link.get("aria-current") == "true") == (code == "ko")
        assert client.get(link["href"]).status_code == 200


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_hreflang_alternates_cover_every_language_and_resolve(client, db, path):
    response = client.get(f"/th/{path}")
    links = BeautifulSoup(response.content, "html.parser").select('link[rel="alternate"][hreflang]')
    hreflangs = {link["hreflang"]: link["href"] for link in links}
    assert set(hreflangs) == {*LANGUAGE_CODES, "x-default"}
    assert hreflangs["x-default"] == hreflangs["en"]
    for code in LANGUAGE_CODES:
        assert hreflangs[code] == f"http://testserver/{code}/{path}"
        assert client.get(hreflangs[code]).status_code == 200


def test_switcher_keeps_the_query_string(client, db):
    response = client.get("/en/about/?utm_source=newsletter")
    link = BeautifulSoup(response.content, "html.parser").select_one('.language-switcher a[hreflang="ko"]')
    assert link["href"] == "/ko/about/?utm_source=newsletter"


def test_canonical_and_open_graph_use_the_visitors_host_and_locale(client, db):
    document = BeautifulSoup(client.get("/ko/about/", HTTP_HOST="localhost").content, "html.parser")
    assert document.select_one('link[rel="canonical"]')["href"] == "http://localhost/ko/about/"
    assert document.select_one('meta[property="og:url"]')["content"] == "http://localhost/ko/about/"
    assert document.select_one('meta[property="og:locale"]')["content"] == "ko_KR"


def test_home_page_title_names_the_centre_once(client, home):
    # The home page is titled with the Centre's name, which other pages add as a suffix.
    home.title = "ASEAN-Korea Centre"
    home.save_revision().publish()
    title = BeautifulSoup(client.get("/en/").content, "html.parser").title.get_text()
    assert title.count("ASEAN-Korea Centre") == 1
    about_title = BeautifulSoup(client.get("/en/about/").content, "html.parser").title.get_text()
    assert about_title.count("ASEAN-Korea Centre") == 1, "other pages name it once, as a suffix"


@pytest.mark.parametrize(
    "path", ["//evil.example/en/", "//evil.example/ko/events/", "///evil.example/en/", "//evil.example/en/?page=2"]
)
def test_a_path_that_looks_like_another_host_never_becomes_a_link_to_it(client, db, path):
    path_info, _question, query = path.partition("?")
    response = client.get("/", PATH_INFO=path_info, QUERY_STRING=query)
    assert response.status_code == 404
    document = BeautifulSoup(response.content, "html.parser")
    addresses = [
        value
        for element in document.find_all(True)
        for name in ("href", "src", "action", "content")
        if "evil.example" in (value := element.get(name) or "")
    ]
    assert addresses, "the switcher and the alternates keep the path"
    for address in addresses:
        assert address.startswith(("/evil.example/", "http://testserver/evil.example/")), address
