"""Uploads: images limited in bytes and pixels, non-images, bombs and SVG refused; documents served safely."""

import io
import os

import pytest
from PIL import Image as PillowImage

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.documents.models import Document

from images.models import SiteImage
from tests.admin_forms import form_errors


def png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    PillowImage.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


def test_a_real_image_is_accepted(editor_client):
    response = upload(editor_client, "ok.png", png(64, 48))
    assert response.status_code == 302
    assert SiteImage.objects.filter(title="ok.png", width=64, height=48).exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        ("notes.png", b"this is plain text, not a picture", "image/png", "Upload a valid image"),
        ("script.txt", b"alert(1)", "text/plain", "Upload a valid image"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
            "Not a supported image format",
        ),
        ("bomb.png", png(8000, 8000, mode="1"), "image/png", "has too many pixels"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(editor_client, name, content, content_type, message):
    response = upload(editor_client, name, content, content_type)
    assert response.status_code == 200, "the form comes back with the error"
    assert any(message in error for error in form_errors(response)), form_errors(response)
    assert not SiteImage.objects.filter(title=name).exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=10_000)
def test_an_image_over_the_size_limit_is_refused(editor_client):
    noise = PillowImage.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    assert len(buffer.getvalue()) > 10_000
    response = upload(editor_client, "large.png", buffer.getvalue())
    assert any("This file is too big" in error for error in form_errors(response)), form_errors(response)
    assert not SiteImage.objects.filter(title="large.png").exists()


@pytest.mark.parametrize(("filename", "disposition"), [("report.docx", "attachment"), ("report.pdf", "inline")])
def test_documents_are_served_with_safe_headers(client, db, tmp_path, filename, disposition):
    storages = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    with override_settings(STORAGES=storages, MEDIA_ROOT=tmp_path):
        content = ContentFile(b"<html><script>alert(1)</script>", name=filename)
        document = Document.objects.create(title="Report", file=content)
        response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    # Wagtail's own policy for documents: nothing inside a served file may run.
    assert "default-src 'none'" in response["Content-Security-Policy"]
