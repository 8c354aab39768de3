"""The benchmark is a development tool: its app and commands exist under the dev and test settings and
the settings the runner gives its own steps, never under production's."""

import os

import pytest

from tests.site.test_production_settings import manage, production_environment

BENCH_COMMANDS = ("bench", "bench_seed", "bench_queries")
PRINT_APPS = "from django.conf import settings; print(','.join(settings.INSTALLED_APPS))"


def dev_environment():
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    return {**environment, "DJANGO_SETTINGS_MODULE": "akc_site.settings.dev"}


def installed_apps(environment):
    result = manage(environment, "shell", "--no-imports", "-c", PRINT_APPS)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split(",")


@pytest.mark.parametrize("command", BENCH_COMMANDS)
def test_production_has_no_bench_command(tmp_path, command):
    result = manage(production_environment(tmp_path), command, "--help")
    assert result.returncode != 0
    assert f"Unknown command: '{command}'" in result.stderr


def test_production_does_not_install_the_bench_app(tmp_path):
    apps = installed_apps(production_environment(tmp_path))
    assert "bench" not in apps
    assert "programmes" in apps  # the list printed is the real one


@pytest.mark.parametrize("command", BENCH_COMMANDS)
def test_dev_settings_have_the_bench_commands(command):
    result = manage(dev_environment(), command, "--help")
    assert result.returncode == 0, result.stderr
    assert f"usage: manage.py {command}" in result.stdout


def test_bench_steps_run_with_production_settings_plus_the_app(tmp_path):
    """What the runner gives `bench_seed` and `bench_queries`: production's apps, and the bench app."""
    environment = production_environment(tmp_path, DJANGO_SETTINGS_MODULE="bench.settings")
    production_apps = installed_apps(production_environment(tmp_path))
    assert installed_apps(environment) == [*production_apps, "bench"]
    for command in ("bench_seed", "bench_queries"):
        assert manage(environment, command, "--help").returncode == 0
