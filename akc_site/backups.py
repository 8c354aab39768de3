"""Backups that work on SQLite and PostgreSQL alike: the data as JSON through the models, media through storage.

A backup is a folder with `data.json.gz` (Django's dumpdata with the original primary keys, content
types included, so the restored database is an exact copy) and `media/` (every file of the default
storage, so the objects of an S3 bucket are backed up and restored like local files:
tests/site/test_operations.py checks it against moto_server). Derived tables are left out: the
search index is rebuilt; sessions, sign-in attempts and the task queue are not worth keeping.
"""

import gzip
import shutil
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection

EXCLUDED = (
    "sessions",
    "wagtailsearch.indexentry",
    "axes",
    "django_tasks_database",  # the task queue: work in progress and old results, not content
)


def empty_search_index():
    """Leave the search index empty for `update_index` to rebuild.

    On SQLite the full-text rows live in a virtual table Django does not manage, which flush leaves
    behind; their ids would clash with the index entries rebuilt after it.
    """
    with connection.cursor() as cursor:
        for table in ("wagtailsearch_indexentry_fts", "wagtailsearch_indexentry"):
            if table in connection.introspection.table_names(cursor):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608 -- fixed names


def apps_in_load_order():
    """Content types first: loading other objects may look content types up, and must find the old ones."""
    labels = [config.label for config in apps.get_app_configs() if config.models_module is not None]
    first = ["contenttypes", "auth"]
    return first + [label for label in labels if label not in first]


def storage_files(folder=""):
    try:
        directories, files = default_storage.listdir(folder)
    except FileNotFoundError:  # no media uploaded yet
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from storage_files(f"{folder}/{directory}" if folder else directory)


def back_up(destination):
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    with gzip.open(destination / "data.json.gz", "wt", encoding="utf-8") as data:
        call_command("dumpdata", *apps_in_load_order(), exclude=list(EXCLUDED), stdout=data)
    media = destination / "media"
    count = 0
    for name in storage_files():
        target = media / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name) as source, open(target, "wb") as copy:
            shutil.copyfileobj(source, copy)
        count += 1
    return count


def restore(source):
    """Replace the whole database content and add the media files of the backup at `source`."""
    source = Path(source)
    data = source / "data.json.gz"
    if not data.exists():
        raise FileNotFoundError(f"No backup at {source} (expected {data.name} there).")
    # The backup replaces everything, content types too (with their original ids).
    call_command("flush", interactive=False, verbosity=0)
    ContentType.objects.all().delete()
    call_command("loaddata", str(data), verbosity=0)
    ContentType.objects.clear_cache()
    empty_search_index()
    media = source / "media"
    count = 0
    for path in media.rglob("*") if media.exists() else []:
        if path.is_file():
            name = path.relative_to(media).as_posix()
            if default_storage.exists(name):
                default_storage.delete(name)
            with open(path, "rb") as file:
                default_storage.save(name, File(file))
            count += 1
    return count
