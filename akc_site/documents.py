"""What may be uploaded as a document: the form every document upload goes through (the admin's single
and multiple uploads, choosers), named by WAGTAILDOCS_DOCUMENT_FORM_BASE.

Wagtail already refuses extensions outside WAGTAILDOCS_EXTENSIONS and files over
WAGTAILDOCS_MAX_UPLOAD_SIZE. This adds that the content is what the extension says (a PDF begins with
`%PDF-`, an EPUB or an Office file is a ZIP archive, a HWP file is an OLE compound file or an HWP 3
file), that nothing executable comes in (program headers, programs or scripts inside an archive, Office
macros), and says so clearly; the rest of the form is kept.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

HEAD_BYTES = 4096
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "epub": (ZIP_MAGIC,),
    "docx": (ZIP_MAGIC,),
    "xlsx": (ZIP_MAGIC,),
    "pptx": (ZIP_MAGIC,),
    "hwpx": (ZIP_MAGIC,),
    "hwp": (OLE_MAGIC, b"HWP Document File"),
}
TEXT_EXTENSIONS = {"txt", "csv"}
# The first bytes of programs: Windows (MZ), Linux (ELF), macOS (Mach-O), scripts (#!).
EXECUTABLE_HEADS = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe", b"#!")
EXECUTABLE_NAMES = (
    ".exe",
    ".dll",
    ".com",
    ".scr",
    ".msi",
    ".bat",
    ".cmd",
    ".ps1",
    ".vbs",
    ".js",
    ".jar",
    ".sh",
    ".app",
    ".so",
)
MACRO_NAMES = ("vbaproject.bin",)


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def archive_problem(uploaded):
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = [name.lower() for name in archive.namelist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return _("This file is damaged or is not the kind of file its name says.")
    if any(name.endswith(EXECUTABLE_NAMES) for name in names):
        return _("This file contains a program or a script, which cannot be uploaded.")
    if any(name.rsplit("/", 1)[-1] in MACRO_NAMES for name in names):
        return _("This file contains macros, which cannot be uploaded: save it without macros and try again.")
    return None


def document_problem(uploaded):
    """Why `uploaded` may not be a document, or None."""
    extension = extension_of(uploaded.name)
    uploaded.seek(0)
    head = uploaded.read(HEAD_BYTES)
    uploaded.seek(0)
    if head.startswith(EXECUTABLE_HEADS):
        return _("This file is a program or a script, which cannot be uploaded.")
    if extension in SIGNATURES and not head.startswith(SIGNATURES[extension]):
        return _("This is not a real %(kind)s file: its content does not match its name.") % {"kind": extension.upper()}
    if extension in TEXT_EXTENSIONS:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(head) - 4:  # a character cut at the end of the sample is fine
                return _("This text file is not in UTF-8: save it as UTF-8 and try again.")
        if b"\x00" in head:
            return _("This is not a text file.")
    if head.startswith(ZIP_MAGIC):
        return archive_problem(uploaded)
    return None


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            problem = document_problem(uploaded)
            if problem:
                raise ValidationError(problem, code="unsafe_document")
        return uploaded
