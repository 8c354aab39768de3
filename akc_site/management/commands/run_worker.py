"""The background worker: runs queued tasks and, every so often, the site's periodic commands.

`manage.py run_worker` is django-tasks-db's worker (`db_worker`) in a loop of our own: it runs
the tasks that are ready and, whenever a command's interval has passed (checked after each task and
when the queue is empty), the commands of WORKER_PERIODIC_COMMANDS: Wagtail's `publish_scheduled`
(an editor's "go live at" and "expire at") every minute, the deletion of expired personal data
every hour; with nothing to do it sleeps `--interval` seconds. With several workers (several
machines), each runs tasks, and a PostgreSQL advisory lock per command lets only one of them run
it at a time. SIGINT or SIGTERM stops it after the task it is running.
"""

import io
import logging
import time
import zlib

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Worker

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection, transaction
from django.utils.crypto import get_random_string

logger = logging.getLogger("akc_site.tasks")

LOCK_NAMESPACE = 7_404_202_614  # any number of the site's own, for pg_try_advisory_xact_lock


def run_periodic_command(name):
    """One periodic command, by one worker at a time on PostgreSQL; False when another runs it."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [LOCK_NAMESPACE + zlib.crc32(name.encode())])
                if not cursor.fetchone()[0]:
                    return False
        call_command(name, stdout=io.StringIO())
    return True


class SchedulingWorker(Worker):
    """db_worker's Worker that also runs each periodic command when its interval has passed."""

    def __init__(self, *, periodic_commands, **kwargs):
        super().__init__(**kwargs)
        self.periodic_commands = dict(periodic_commands)
        self.next_run = dict.fromkeys(self.periodic_commands, 0.0)

    def run_periodic_commands(self):
        for name, every in self.periodic_commands.items():
            if time.monotonic() < self.next_run[name]:
                continue
            self.next_run[name] = time.monotonic() + every
            close_old_connections()
            try:
                run_periodic_command(name)
            except Exception:  # the database briefly gone: try again next time, keep running tasks
                logger.exception("%s failed", name)

    def run_task(self, db_task_result):
        super().run_task(db_task_result)
        self.run_periodic_commands()


class Command(BaseCommand):
    help = "Run queued tasks and the periodic commands, such as scheduled publishing (the site's background worker)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds to sleep when idle (default 1).")
        parser.add_argument(
            "--publish-every",
            type=float,
            default=None,
            help="Seconds between publish_scheduled runs (default: WORKER_PERIODIC_COMMANDS).",
        )
        parser.add_argument("--queue-name", default=DEFAULT_TASK_QUEUE_NAME, help="Comma-separated queues, or '*'.")

    def handle(self, *args, interval, publish_every, queue_name, **options):
        periodic_commands = dict(settings.WORKER_PERIODIC_COMMANDS)
        if publish_every is not None:
            periodic_commands["publish_scheduled"] = publish_every
        worker = SchedulingWorker(
            periodic_commands=periodic_commands,
            queue_names=queue_name.split(","),
            interval=0,
            batch=True,  # run() returns once no task is ready: then this loop runs what is due and sleeps
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        worker.configure_signals()
        logger.info(
            "Worker %s started: queues %s, periodic commands %s", worker.worker_id, queue_name, periodic_commands
        )
        while worker.running:
            worker.run_periodic_commands()
            worker.run()
            close_old_connections()
            if worker.running:
                time.sleep(interval)
        logger.info("Worker %s stopped", worker.worker_id)
