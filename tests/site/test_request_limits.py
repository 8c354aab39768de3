"""Hostile request headers are refused cheaply: oversized cookies never reach Python's cookie parser
(quadratic on some values in Python 3.11, CVE-2024-7592), and gunicorn caps header count and size."""

import runpy
from pathlib import Path

import pytest
from gunicorn.config import Config
from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine
from gunicorn.http.parser import RequestParser

from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory

GUNICORN_CONF = Path(__file__).resolve().parents[2] / "akc_site" / "gunicorn.conf.py"
# The shape of the CVE-2024-7592 cookie: a quoted value full of backslashes, about 100 kB.
HOSTILE_COOKIE = 'a="' + "\\" * 100_000 + '"'


@pytest.fixture
def cookie_parser_must_not_run(monkeypatch):
    def refuse(raw):
        raise AssertionError("the Cookie header was parsed")

    monkeypatch.setattr("django.core.handlers.wsgi.parse_cookie", refuse)


@pytest.mark.parametrize("path", ["/en/", "/admin/login/", "/healthz", "/en/no-such-page/"])
def test_an_oversized_cookie_header_is_refused_before_it_is_parsed(client, db, cookie_parser_must_not_run, path):
    response = client.get(path, HTTP_COOKIE=HOSTILE_COOKIE)
    assert response.status_code == 431
    assert response["Content-Type"].startswith("text/plain")


def test_many_cookie_headers_merged_by_the_server_are_refused_too(client, db, cookie_parser_must_not_run):
    # gunicorn joins repeated headers with commas into one CGI variable.
    merged = ",".join(f"c{index}={'x' * 4000}" for index in range(3))
    assert client.get("/en/", HTTP_COOKIE=merged).status_code == 431


def test_the_wsgi_application_refuses_it_as_well(db, cookie_parser_must_not_run):
    environ = RequestFactory(HTTP_COOKIE=HOSTILE_COOKIE).get("/en/").environ
    statuses = []
    body = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["431 Request Header Fields Too Large"]
    assert b"cookies" in b"".join(body)


def test_ordinary_cookies_still_work(client, db):
    response = client.get("/en/", HTTP_COOKIE="csrftoken=" + "y" * 64 + "; django_language=ko")
    assert response.status_code == 200


def gunicorn_config():
    config = Config()
    for name, value in runpy.run_path(str(GUNICORN_CONF)).items():
        if name in config.settings:
            config.set(name, value)
    return config


def parse_with_gunicorn(request_bytes):
    return next(iter(RequestParser(gunicorn_config(), [request_bytes], ("127.0.0.1", 40000))))


def test_gunicorn_caps_the_number_and_size_of_header_fields():
    config = gunicorn_config()
    assert config.limit_request_fields == 50
    assert config.limit_request_field_size == 8190
    assert config.limit_request_line == 4094
    ordinary = b"GET /en/ HTTP/1.1\r\nHost: example.org\r\nCookie: a=1\r\n\r\n"
    assert parse_with_gunicorn(ordinary).path == "/en/"
    many = b"GET /en/ HTTP/1.1\r\nHost: example.org\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(60)) + b"\r\n"
    with pytest.raises(LimitRequestHeaders):
        parse_with_gunicorn(many)
    large = b"GET /en/ HTTP/1.1\r\nHost: example.org\r\nCookie: a=" + b"x" * 9000 + b"\r\n\r\n"
    with pytest.raises(LimitRequestHeaders):
        parse_with_gunicorn(large)
    with pytest.raises(LimitRequestLine):
        parse_with_gunicorn(b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: example.org\r\n\r\n")
