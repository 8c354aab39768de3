"""Production settings: secrets from the environment, a clear failure without them, a clean deploy check."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.checks import Tags, run_checks

from akc_site.environment import object_storage_origin

PROJECT_DIR = Path(__file__).resolve().parents[2]
REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")


def production_environment(tmp_path, **changes):
    environment = {
        key: value for key, value in os.environ.items() if key not in (*REQUIRED, "DJANGO_SETTINGS_MODULE", "REDIS_URL")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="akc_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.aseankorea.org,aseankorea.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
    )
    environment.update(changes)
    return {key: value for key, value in environment.items() if value is not None}


def manage(environment, *arguments):
    return subprocess.run(  # noqa: S603 -- fixed command line
        [sys.executable, "manage.py", *arguments], cwd=PROJECT_DIR, env=environment, capture_output=True, text=True
    )


def test_deploy_check_reports_nothing(tmp_path):
    result = manage(production_environment(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("missing", REQUIRED)
def test_start_up_fails_clearly_without_a_required_variable(tmp_path, missing):
    result = manage(production_environment(tmp_path, **{missing: None}), "check")
    assert result.returncode != 0
    assert f"Set the {missing} environment variable for production." in result.stderr


def test_blank_variable_counts_as_missing(tmp_path):
    result = manage(production_environment(tmp_path, SECRET_KEY="   "), "check")
    assert "Set the SECRET_KEY environment variable for production." in result.stderr


READYZ = "from django.test import Client; r = Client().get('/readyz'); print('readyz', r.status_code, r.text)"


def test_readyz_is_503_when_the_sqlite_file_is_gone(tmp_path):
    # SQLite would create an empty file and answer "SELECT 1" happily: readyz must not call that ready.
    result = manage(production_environment(tmp_path), "shell", "-c", READYZ)
    assert "readyz 503 " in result.stdout, result.stdout + result.stderr
    assert '"database": false' in result.stdout
    assert not (tmp_path / "production.sqlite3").exists(), "the probe created no database"


def test_readyz_is_503_on_a_database_without_the_sites_tables(tmp_path):
    (tmp_path / "production.sqlite3").touch()
    result = manage(production_environment(tmp_path), "shell", "-c", READYZ)
    assert "readyz 503 " in result.stdout, result.stdout + result.stderr


SHOW_CACHE = "from django.conf import settings; print('cache', settings.CACHES['default']['BACKEND'])"


@pytest.mark.parametrize(
    ("redis_url", "backend"),
    [
        (None, "django.core.cache.backends.db.DatabaseCache"),
        ("redis://10.0.0.9:6379/0", "akc_site.cache.OptionalRedisCache"),
    ],
)
def test_production_cache_is_shared_by_every_process(tmp_path, redis_url, backend):
    result = manage(production_environment(tmp_path, REDIS_URL=redis_url), "shell", "-c", SHOW_CACHE)
    assert f"cache {backend}\n" in result.stdout, result.stdout + result.stderr


def test_deploy_check_refuses_a_per_process_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    found = run_checks(include_deployment_checks=True, tags=[Tags.caches])
    assert [error.id for error in found] == ["akc_site.E001"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "akc_cache"}}
    assert run_checks(include_deployment_checks=True, tags=[Tags.caches]) == []


PRINT_STORAGE = (
    "from django.conf import settings; import json; "
    "print(json.dumps([settings.STORAGES['default'], settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
    "settings.CACHES['renditions'].get('KEY_PREFIX'), settings.TASKS['default']['BACKEND'], settings.EMAIL_BACKEND]))"
)


def test_a_bucket_name_switches_uploads_to_object_storage(tmp_path):
    environment = production_environment(
        tmp_path,
        AWS_STORAGE_BUCKET_NAME="akc-media",
        AWS_S3_CUSTOM_DOMAIN="media.aseankorea.org",
        AWS_S3_REGION_NAME="ap-northeast-2",
    )
    result = manage(environment, "shell", "-c", PRINT_STORAGE)
    assert result.returncode == 0, result.stderr
    storage, img_src, renditions_prefix, tasks, email = json.loads(result.stdout.strip().splitlines()[-1])
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "akc-media" and options["file_overwrite"] is False
    assert options["default_acl"] is None and options["querystring_auth"] is False
    assert "https://media.aseankorea.org" in img_src
    assert renditions_prefix == "renditions"
    assert tasks == "django_tasks_db.DatabaseBackend" and email == "akc_site.mail.QueuedEmailBackend"
    result = manage(environment, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_a_bucket_uploads_stay_on_the_file_system(tmp_path):
    result = manage(production_environment(tmp_path, AWS_STORAGE_BUCKET_NAME=None), "shell", "-c", PRINT_STORAGE)
    storage, img_src, *_rest = json.loads(result.stdout.strip().splitlines()[-1])
    assert storage["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert img_src == ["'self'", "data:"]


@pytest.mark.parametrize(
    ("environ", "origin"),
    [
        ({"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_CUSTOM_DOMAIN": "cdn.example.org"}, "https://cdn.example.org"),
        (
            {"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_ENDPOINT_URL": "https://s3.example.net:9000/x"},
            "https://s3.example.net:9000",
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_REGION_NAME": "ap-northeast-2"},
            "https://b.s3.ap-northeast-2.amazonaws.com",
        ),
        ({"AWS_STORAGE_BUCKET_NAME": "b"}, "https://b.s3.amazonaws.com"),
    ],
)
def test_object_storage_origin(environ, origin):
    assert object_storage_origin(environ) == origin
