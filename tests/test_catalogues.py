"""The UI catalogues: complete in every language, and never behind the templates and code."""

import shutil
import tomllib
from pathlib import Path

import polib
import pytest

from django.core.management import call_command
from django.test import override_settings

from akc_site.languages import TRANSLATION_LANGUAGES

PROJECT_DIR = Path(__file__).resolve().parents[1]
# Every app of the project (the import contracts list them all) and the templates.
PYPROJECT = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())
SOURCE_FOLDERS = (*PYPROJECT["tool"]["importlinter"]["root_packages"], "templates")


def catalogue(language):
    return polib.pofile(str(PROJECT_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


def msgids(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


@pytest.mark.parametrize("language", TRANSLATION_LANGUAGES)
def test_catalogue_is_complete(language):
    po = catalogue(language)
    assert po.metadata["Language"] == language
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


def test_catalogues_are_not_behind_the_source(tmp_path, monkeypatch):
    """`makemessages` run now would neither add nor drop an entry of the committed catalogues."""
    # makemessages writes beside the sources, so run it on a copy of them.
    sources = tmp_path / "src"
    for folder in SOURCE_FOLDERS:
        shutil.copytree(PROJECT_DIR / folder, sources / folder, ignore=shutil.ignore_patterns("__pycache__"))
    fresh_po = tmp_path / "locale" / "ko" / "LC_MESSAGES" / "django.po"
    fresh_po.parent.mkdir(parents=True)
    shutil.copy(PROJECT_DIR / "locale/ko/LC_MESSAGES/django.po", fresh_po)
    monkeypatch.chdir(sources)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["ko"], no_obsolete=True, verbosity=0)
    fresh = msgids(polib.pofile(str(fresh_po)))
    committed = msgids(catalogue("ko"))
    assert fresh - committed == set(), "run `make makemessages` and translate the new entries"
    assert committed - fresh == set(), "run `make makemessages` to drop the entries no longer used"
