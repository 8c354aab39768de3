"""Uploaded media: served by the front server in production, by Django only where asked (SERVE_MEDIA)."""

import importlib

import pytest

from django.urls import clear_url_caches

import akc_site.urls


@pytest.fixture
def media_file(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.txt").write_text("a rendition")
    (tmp_path.parent / "secret.txt").write_text("outside the media folder")
    return "/media/images/photo.txt"


def reload_urls():
    importlib.reload(akc_site.urls)
    clear_url_caches()


@pytest.fixture
def serve_media(settings):
    settings.SERVE_MEDIA = True
    reload_urls()
    yield
    settings.SERVE_MEDIA = False
    reload_urls()


def test_media_is_not_served_by_django_by_default(client, db, media_file):
    assert client.get(media_file).status_code == 404


def test_media_is_served_when_asked_and_nothing_outside_it(client, db, media_file, serve_media):
    response = client.get(media_file)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"a rendition"
    for escape in ("/media/../secret.txt", "/media/%2e%2e/secret.txt", "/media/images/../../secret.txt"):
        refused = client.get(escape)
        assert refused.status_code in (400, 404)  # 400: Django's answer to a path leaving the folder
        assert b"outside the media folder" not in refused.content
    assert client.get("/media/images/missing.jpg").status_code == 404


@pytest.fixture
def private_document(settings, tmp_path):
    # Wagtail keeps documents under MEDIA_ROOT/documents/; only its document view (which checks
    # privacy and collections) may hand them out, never the plain media serving.
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "private.pdf").write_text("a private report")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.txt").write_text("a rendition")


def test_documents_are_never_served_as_media(client, db, private_document, serve_media):
    assert client.get("/media/images/photo.txt").status_code == 200, "the media serving is on"
    for address in (
        "/media/documents/private.pdf",
        "/media/images/../documents/private.pdf",
        "/media/./documents/private.pdf",
        "/media//documents/private.pdf",
    ):
        response = client.get(address)
        assert response.status_code in (400, 404), address
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"a private report" not in body, address


def test_documents_are_served_through_wagtails_view(settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
