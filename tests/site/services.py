"""Real services for the tests that need them: a throwaway PostgreSQL cluster, Redis, app servers.

The servers themselves are the benchmark's (bench/servers.py); this module adds what the
tests need around them. Where a server program is missing the test is skipped, unless
AKC_REQUIRE_SERVICES=1 (CI), where that is a failure.
"""

import os
import sys

import pytest

from bench import servers
from bench.servers import PROJECT_DIR, run

REQUIRE_SERVICES = os.environ.get("AKC_REQUIRE_SERVICES") == "1"
DATABASE = "akc"


def missing(reason):
    if REQUIRE_SERVICES:
        pytest.fail(f"AKC_REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def postgres_cluster(folder):
    if not servers.can_run_postgres():
        missing("PostgreSQL's server programs are not installed (or cannot run as the postgres user)")
    cluster = servers.PostgresCluster(folder)
    cluster.sql(f"CREATE DATABASE {DATABASE}")
    return cluster


def redis_server():
    try:
        return servers.RedisServer()
    except servers.ServiceUnavailable as error:
        missing(str(error))


def production_environment(database_url, redis_url, folder):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "akc_site.settings.production",
        "SECRET_KEY": "services-test-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "false",
        "AKC_VAR_DIR": str(folder),
        "DATABASE_CONN_MAX_AGE": "60",
    }


def prepare_site(environment):
    manage = [sys.executable, "manage.py"]
    steps = (["migrate", "--noinput"], ["createcachetable"], ["collectstatic", "--noinput"], ["load_initial_content"])
    for command in steps:
        run([*manage, *command], cwd=PROJECT_DIR, env=environment)


class AppServer(servers.AppServer):
    """One gunicorn worker; `get` answers (status, text, headers) for the tests' assertions."""

    def __init__(self, environment):
        super().__init__(environment, workers=1)

    def get(self, path):
        status, headers, body = super().get(path)
        return status, body.decode(), headers
