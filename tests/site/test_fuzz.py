"""Thousands of malformed paths, query strings and headers against every page type and view: no 5xx.

Deterministic (fixed seed), so a failure can be replayed; AKC_FUZZ_REQUESTS raises the count (`make fuzz`).
"""

import os
import random
from urllib.parse import quote

import pytest

from home.initial_content import read_content
from programmes.models import EventPage, ExhibitionPage

CONTENT_PAGES = read_content().pages
FIRST_EVENT = next(page.slug for page in CONTENT_PAGES if page.model is EventPage)
SEOUL_EXHIBITION = next(
    page.slug for page in CONTENT_PAGES if page.model is ExhibitionPage and page.parent == "/halls/seoul/"
)
REQUESTS = int(os.environ.get("AKC_FUZZ_REQUESTS", "2000"))
# Every page type at the addresses of the real content, which the targets below name.
pytestmark = [pytest.mark.usefixtures("initial_content"), pytest.mark.slow]
TARGETS = [
    "/",
    "/en/",
    "/ko/about/",
    "/th/about/greetings/",
    "/en/priorities/",
    "/vi/priorities/economy/",
    "/en/events/",
    f"/km/events/{FIRST_EVENT}/",
    f"/en/events/{FIRST_EVENT}/calendar.ics",
    "/en/events/calendar.ics",
    "/my/events/feed.atom",
    "/en/halls/",
    "/lo/halls/seoul/",
    f"/en/halls/seoul/{SEOUL_EXHIBITION}/",
    "/fil/search/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/readyz",
    "/documents/1/x.pdf",
]
PARAMETERS = ["page", "when", "priority", "hall", "category", "year", "month", "q", "lang", "utm_source", ""]
NASTY_VALUES = [
    "",
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "abc",
    "%ff%fe",
    "%00",
    "%c3%28",
    "%e2%82",
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "{{7*7}}",
    "${jndi:ldap://x}",
    "☃" * 50,
    "ไทย",
    "x" * 3000,
    "%25%25",
    "[]",
    "past",
    "economy",
    "seoul",
    "online",
    "13",
]
HEADERS = {
    "HTTP_ACCEPT_LANGUAGE": ["", "*", "xx-YY", "ko;q=abc", "th,th,th;q=2", "en-" + "a" * 500, ";;,,", "zh-Hant-TW"],
    "HTTP_COOKIE": ["django_language=zz", "django_language=", "sessionid=garbage", "csrftoken=\x00", "a" * 4000],
    "HTTP_IF_MODIFIED_SINCE": ["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "\xff"],
    "HTTP_RANGE": ["bytes=999999-", "bytes=-1-2", "lines=1"],
    "HTTP_X_FORWARDED_FOR": ["999.1.1.1", "not-an-ip", ""],
    "HTTP_USER_AGENT": ["", "\x00\x01", "Mozilla/5.0 " + "x" * 2000],
    "HTTP_REFERER": ["javascript:alert(1)", "http://[::1", ""],
}


def mutate_path(rng, path):
    choice = rng.randrange(8)
    if choice == 0:
        return path + rng.choice(["%ff", "%00", "..%2f..%2f", "%2e%2e/", "index.php", "~", "a" * 300]) + "/"
    if choice == 1:
        return path.replace("/", "//", 1)
    if choice == 2:
        return path + quote(rng.choice(NASTY_VALUES), safe="")
    if choice == 3:
        return "/" + rng.choice(["xx", "en-gb", "EN", "ko-KR", "zz", "%ff"]) + path[3:]
    if choice == 4:
        return path.rstrip("/")
    return path


def random_query(rng):
    pairs = []
    for _ in range(rng.randrange(4)):
        key = rng.choice(PARAMETERS)
        value = rng.choice(NASTY_VALUES)
        pairs.append(f"{quote(key)}={value}")
    return "&".join(pairs)


def random_headers(rng):
    return {name: rng.choice(values) for name, values in HEADERS.items() if rng.random() < 0.3}


@pytest.mark.django_db
def test_fuzzed_requests_never_get_a_server_error(client):
    client.raise_request_exception = False
    rng = random.Random(2026)  # noqa: S311 -- a replayable fuzzer, not cryptography
    failures = []
    for number in range(REQUESTS):
        path = mutate_path(rng, rng.choice(TARGETS))
        query = random_query(rng)
        headers = random_headers(rng)
        method = client.head if rng.random() < 0.1 else client.get
        response = method(f"{path}?{query}" if query else path, **headers)
        if response.status_code >= 500:
            failures.append((number, response.status_code, path, query[:200], headers))
    assert failures == [], failures[:10]
