"""`make backup` / `make restore`: the initial content survives a round trip into a fresh database."""

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
# Derived or per-run tables that a restore rebuilds or need not keep.
VOLATILE = ("sessions", "wagtailsearch", "axes", "django_tasks_database")

pytestmark = [pytest.mark.services, pytest.mark.slow]


def manage(environment, *arguments):
    result = subprocess.run(  # noqa: S603 -- fixed command line
        [sys.executable, "manage.py", *arguments], cwd=PROJECT_DIR, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def site(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "akc_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "AKC_VAR_DIR": str(folder),
    }


# Django's JSON serialiser keeps milliseconds: a time with 1-999 microseconds dumps as ".000Z" and
# loads back as a whole second. Sub-millisecond precision is not something a backup must keep.
WHOLE_MILLISECONDS = re.compile(r'(T\d{2}:\d{2}:\d{2})\.000(Z|[+-]\d{2}:\d{2})"')


def everything(environment):
    records = json.loads(manage(environment, "dumpdata", *[f"--exclude={label}" for label in VOLATILE]))
    dumped = (json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records)
    return sorted(WHOLE_MILLISECONDS.sub(r'\1\2"', record) for record in dumped)


def test_backup_and_restore_into_a_fresh_database_loses_nothing(tmp_path):
    original = site(tmp_path, "original")
    manage(original, "migrate", "--noinput")
    manage(original, "createcachetable")  # as `make migrate` and `make restore` do
    manage(original, "load_initial_content")
    media = Path(original["AKC_VAR_DIR"]) / "media" / "documents"
    media.mkdir(parents=True)
    (media / "annual-report.pdf").write_bytes(b"%PDF-1.4 report")
    manage(original, "backup_site", str(tmp_path / "backup"))
    with gzip.open(tmp_path / "backup" / "data.json.gz") as data:
        assert any(record["model"] == "pages.greetingpage" for record in json.load(data))

    restored = site(tmp_path, "restored")
    manage(restored, "migrate", "--noinput")
    manage(restored, "createcachetable")
    output = manage(restored, "restore_site", str(tmp_path / "backup"), "--noinput")
    assert "1 media files" in output
    restored_records = everything(restored)
    assert restored_records == everything(original)
    assert any('"signatory_name_ko": "김해용"' in record for record in restored_records)
    assert (Path(restored["AKC_VAR_DIR"]) / "media/documents/annual-report.pdf").read_bytes() == b"%PDF-1.4 report"
    assert "Kim Hae-yong" in manage(
        restored,
        "shell",
        "-c",
        "from pages.models import GreetingPage; print(GreetingPage.objects.get().signatory_name_en)",
    )


def test_restore_of_a_missing_backup_is_a_clear_error(tmp_path):
    environment = site(tmp_path, "empty")
    result = subprocess.run(  # noqa: S603 -- fixed command line
        [sys.executable, "manage.py", "restore_site", str(tmp_path / "nothing"), "--noinput"],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "No backup at" in result.stderr
