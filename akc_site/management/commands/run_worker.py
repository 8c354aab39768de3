"""The background worker: runs queued tasks and, once a minute, publishes and expires scheduled pages.

`manage.py run_worker` is django-tasks-db's worker (`db_worker`) in a loop of our own: it runs
the tasks that are ready and, whenever a minute has passed (checked after each task and when the
queue is empty), Wagtail's `publish_scheduled` (an editor's "go live at" and "expire at"); with
nothing to do it sleeps `--interval` seconds. With several workers (several machines), each runs
tasks, and PostgreSQL's advisory lock lets only one of them publish at a time. SIGINT or SIGTERM
stops it after the task it is running.
"""

import io
import logging
import time

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Worker

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection, transaction
from django.utils.crypto import get_random_string

logger = logging.getLogger("akc_site.tasks")

PUBLISH_LOCK = 7_404_202_614  # any number of the site's own, for pg_try_advisory_xact_lock


def publish_scheduled():
    """Wagtail's publish_scheduled, by one worker at a time on PostgreSQL (Wagtail logs what it publishes)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [PUBLISH_LOCK])
                if not cursor.fetchone()[0]:
                    return False  # another worker is publishing
        call_command("publish_scheduled", stdout=io.StringIO())
    return True


class SchedulingWorker(Worker):
    """db_worker's Worker that also publishes when a minute has passed, between tasks and when idle."""

    def __init__(self, *, publish_every, **kwargs):
        super().__init__(**kwargs)
        self.publish_every = publish_every
        self.next_publish = 0.0

    def publish_if_due(self):
        if time.monotonic() < self.next_publish:
            return
        self.next_publish = time.monotonic() + self.publish_every
        close_old_connections()
        try:
            publish_scheduled()
        except Exception:  # the database briefly gone: try again next time, keep running tasks
            logger.exception("publish_scheduled failed")

    def run_task(self, db_task_result):
        super().run_task(db_task_result)
        self.publish_if_due()


class Command(BaseCommand):
    help = "Run queued tasks and publish scheduled pages every minute (the site's background worker)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds to sleep when idle (default 1).")
        parser.add_argument(
            "--publish-every", type=float, default=60.0, help="Seconds between publish_scheduled runs (default 60)."
        )
        parser.add_argument("--queue-name", default=DEFAULT_TASK_QUEUE_NAME, help="Comma-separated queues, or '*'.")

    def handle(self, *args, interval, publish_every, queue_name, **options):
        worker = SchedulingWorker(
            publish_every=publish_every,
            queue_names=queue_name.split(","),
            interval=0,
            batch=True,  # run() returns once no task is ready: then this loop publishes and sleeps
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        worker.configure_signals()
        logger.info("Worker %s started: queues %s, publishing every %ss", worker.worker_id, queue_name, publish_every)
        while worker.running:
            worker.publish_if_due()
            worker.run()
            close_old_connections()
            if worker.running:
                time.sleep(interval)
        logger.info("Worker %s stopped", worker.worker_id)
