"""Health checks for load balancers, and a database outage: cached pages served, a 503 otherwise, recovery."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.db.utils import OperationalError
from django.test import Client, override_settings


class DatabaseDown:
    """Every query fails as if the database server were unreachable, until the block ends."""

    def __call__(self, execute, sql, params, many, context):
        raise OperationalError("could not connect to server: Connection refused")

    def __enter__(self):
        self.wrapper = connection.execute_wrapper(self)
        self.wrapper.__enter__()
        return self

    def __exit__(self, *exc_info):
        self.wrapper.__exit__(*exc_info)


def test_healthz_needs_no_database(client):
    # No `db` fixture: pytest-django turns any database access here into an error.
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_readyz_checks_database_and_cache(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "database": True, "cache": True}


def test_readyz_is_503_when_the_database_is_down(client, db):
    with DatabaseDown():
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] is False


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_checks_are_not_redirected_to_a_language(client, db, path):
    assert client.get(path, HTTP_ACCEPT_LANGUAGE="ko").status_code == 200


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "The site is temporarily unavailable"), ("ko", "사이트를 일시적으로 이용할 수 없습니다")],
)
def test_database_outage_gives_a_503_page_in_the_visitors_language(client, db, language, heading):
    client.raise_request_exception = False
    with DatabaseDown():
        response = client.get(f"/{language}/about/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    document = BeautifulSoup(response.content, "html.parser")
    assert document.html["lang"] == language
    assert document.h1.get_text(strip=True) == heading
    assert b"Traceback" not in response.content and b"OperationalError" not in response.content


@override_settings(PAGE_CACHE_SECONDS=300)
def test_cached_pages_survive_the_outage_and_the_site_recovers(client, db):
    client.raise_request_exception = False
    assert client.get("/en/about/").status_code == 200  # now in the page cache
    with DatabaseDown():
        assert client.get("/en/about/").status_code == 200
        assert client.get("/en/priorities/").status_code == 503
    assert client.get("/en/priorities/").status_code == 200, "recovers by itself"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_load_balancer_probes_by_ip_over_plain_http_are_answered(db, settings, path):
    # A load balancer probes each backend at its own address, over HTTP, with that address as Host.
    settings.ALLOWED_HOSTS = ["www.aseankorea.org"]
    settings.SECURE_SSL_REDIRECT = True
    probe = Client(HTTP_HOST="10.0.0.7:8000")
    response = probe.get(path)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_only_the_health_paths_skip_the_host_check_and_the_ssl_redirect(db, settings):
    settings.ALLOWED_HOSTS = ["www.aseankorea.org"]
    settings.SECURE_SSL_REDIRECT = True
    assert Client(HTTP_HOST="10.0.0.7:8000").get("/en/about/").status_code == 400
    assert Client(HTTP_HOST="www.aseankorea.org").get("/en/about/").status_code == 301
    assert Client(HTTP_HOST="www.aseankorea.org").get("/healthzz").status_code == 301
