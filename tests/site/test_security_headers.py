"""Security headers with the production settings, scored like the MDN HTTP Observatory (A+ needed)."""

import importlib
import sys

import pytest

from django.test import override_settings

from tests.site.observatory import parse_csp, score_response

PRODUCTION_SECURITY_SETTINGS = (
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
)
PUBLIC_PATHS = ["/en/", "/ko/about/greetings/", "/th/events/", "/en/halls/seoul/", "/en/no-such-page/"]


@pytest.fixture
def production_security(monkeypatch):
    """The security settings exactly as production.py computes them, applied to the test settings."""
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
    sys.modules.pop("akc_site.settings.production", None)
    production = importlib.import_module("akc_site.settings.production")
    with override_settings(**{name: getattr(production, name) for name in PRODUCTION_SECURITY_SETTINGS}):
        yield


def https_get(client, path):
    return client.get(path, secure=True)


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_score_a_plus(client, db, production_security, path):
    response = https_get(client, path)
    score = score_response(response, redirect=client.get(path))
    assert score.total >= 100, score.results


def test_admin_login_cookies_are_secure_httponly_and_samesite(client, db, production_security):
    response = https_get(client, "/admin/login/")
    score = score_response(response, redirect=client.get("/admin/login/"), cookies=response.cookies)
    assert score.results["cookies"][0] == "cookies-secure-with-httponly-sessions-and-samesite", score.results
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"


def test_public_headers(client, db, production_security):
    headers = https_get(client, "/en/").headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "geolocation=()" in headers["Permissions-Policy"] and "camera=()" in headers["Permissions-Policy"]
    csp = parse_csp(headers["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'self'"]


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/", "/en/"])
def test_no_report_only_policy_without_a_place_to_report(client, db, path):
    headers = client.get(path).headers
    assert "Content-Security-Policy" in headers
    assert "Content-Security-Policy-Report-Only" not in headers


def test_only_the_admin_gets_the_looser_policy(client, db):
    admin = parse_csp(client.get("/admin/login/").headers["Content-Security-Policy"])
    assert "'unsafe-inline'" in admin["script-src"]
    for path in ("/en/", "/en/events/calendar.ics", "/en/no-such-page/", "/healthz"):
        public = client.get(path).headers.get("Content-Security-Policy", "")
        assert "unsafe" not in public, path


def test_no_inline_script_or_style_on_public_pages(client, db):
    from bs4 import BeautifulSoup

    for path in PUBLIC_PATHS:
        document = BeautifulSoup(client.get(path).content, "html.parser")
        inline_scripts = [
            s for s in document.find_all("script") if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        assert inline_scripts == [], path
        assert document.find_all("style") == [] and document.select("[style]") == [], path
