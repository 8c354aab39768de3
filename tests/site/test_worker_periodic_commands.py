"""The worker's periodic commands (akc_site/management/commands/run_worker.py): each runs when its
interval has passed, and one that fails does not stop the others."""

from unittest import mock

import pytest

from django.conf import settings

from akc_site.management.commands import run_worker


def worker(periodic_commands):
    return run_worker.SchedulingWorker(
        periodic_commands=periodic_commands,
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )


@pytest.fixture(autouse=True)
def keep_the_test_connection(monkeypatch):
    """The worker drops stale connections before each command; the test's own connection sits in the
    test's transaction, which close_old_connections would close (on PostgreSQL), so it is kept."""
    monkeypatch.setattr(run_worker, "close_old_connections", lambda: None)


def test_scheduled_publishing_and_the_deletion_of_personal_data_are_periodic():
    assert settings.WORKER_PERIODIC_COMMANDS["publish_scheduled"] == 60
    assert "purge_personal_data" in settings.WORKER_PERIODIC_COMMANDS


@pytest.mark.django_db
def test_each_command_runs_when_its_interval_has_passed():
    clock = mock.Mock(return_value=1000.0)
    ran = []
    with (
        mock.patch.object(run_worker.time, "monotonic", clock),
        mock.patch.object(run_worker, "call_command", lambda name, **kwargs: ran.append(name)),
    ):
        scheduler = worker({"publish_scheduled": 60, "purge_personal_data": 3600})
        scheduler.run_periodic_commands()
        assert ran == ["publish_scheduled", "purge_personal_data"]
        clock.return_value = 1061.0
        scheduler.run_periodic_commands()
        assert ran[2:] == ["publish_scheduled"]
        clock.return_value = 4601.0
        scheduler.run_periodic_commands()
        assert ran[3:] == ["publish_scheduled", "purge_personal_data"]


@pytest.mark.django_db
def test_a_failing_command_is_logged_and_the_next_one_still_runs(caplog):
    ran = []

    def call(name, **kwargs):
        if name == "publish_scheduled":
            raise RuntimeError("database gone")
        ran.append(name)

    with mock.patch.object(run_worker, "call_command", call):
        worker({"publish_scheduled": 60, "purge_personal_data": 3600}).run_periodic_commands()
    assert ran == ["purge_personal_data"]
    assert "publish_scheduled failed" in caplog.text
