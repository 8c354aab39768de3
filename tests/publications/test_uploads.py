"""Document uploads: allowed types only, content checked against the name, nothing executable, a size cap;
a refusal says why and keeps the rest of the form (akc_site/documents.py)."""

import io
import zipfile

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.documents.models import Document

from tests.admin_forms import form_errors
from tests.factories import pdf_bytes


def archive(*names, first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        if first:
            zipped.writestr(first, "application/epub+zip")
        for name in names:
            zipped.writestr(name, "content")
    return buffer.getvalue()


def upload(client, name, content, title="A title typed by the editor"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": "1"},
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", pdf_bytes()),
        ("book.epub", archive("OEBPS/content.opf", first="mimetype")),
        ("letter.docx", archive("word/document.xml")),
        ("data.csv", b"year,value\n2024,1\n"),
        ("보고서.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)),
    ],
)
def test_allowed_documents_are_accepted(editor_client, file_storage, name, content):
    response = upload(editor_client, name, content, title=name)
    assert response.status_code == 302, form_errors(response)
    assert Document.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "not a real PDF file"),
        ("report.pdf", b"MZ\x90\x00" + bytes(100), "is a program or a script"),
        ("setup.exe", b"MZ\x90\x00", "not allowed"),
        ("archive.zip", archive("a.txt"), "not allowed"),
        ("book.epub", b"%PDF-1.4 not a zip", "not a real EPUB file"),
        ("letter.docx", archive("word/document.xml", "word/vbaProject.bin"), "macros"),
        ("letter.docx", archive("word/document.xml", "payload/run.exe"), "program or a script"),
        ("book.epub", archive("OEBPS/script.js", first="mimetype"), "program or a script"),
        ("letter.docx", b"PK\x03\x04 but cut short", "damaged"),
        ("notes.txt", b"#!/bin/sh\nrm -rf /\n", "program or a script"),
        ("notes.txt", b"plain\x00binary\xff\xfe" * 10, "not in UTF-8"),
        ("old.hwp", b"%PDF-1.4", "not a real HWP file"),
    ],
)
def test_bad_uploads_are_refused_and_the_form_kept(editor_client, file_storage, name, content, message):
    response = upload(editor_client, name, content)
    assert response.status_code == 200
    errors = " ".join(form_errors(response))
    assert message in errors, errors
    title = BeautifulSoup(response.content, "html.parser").select_one("input[name=title]")
    assert title["value"] == "A title typed by the editor"
    assert not Document.objects.exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
def test_a_document_over_the_size_cap_is_refused(editor_client, file_storage):
    response = upload(editor_client, "big.pdf", pdf_bytes("x" * 2000))
    assert any("This file is too big" in error for error in form_errors(response)), form_errors(response)
    assert not Document.objects.exists()


def test_the_multiple_upload_refuses_a_fake_pdf_too(editor_client, file_storage):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("fake.pdf", b"<html>not a pdf</html>"), "collection": "1"},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "not a real PDF file" in response.json()["error_message"]
    assert not Document.objects.exists()
