"""Real services for the tests that need them: a throwaway PostgreSQL cluster, Redis, app servers.

The servers themselves are the benchmark's (bench/servers.py); this module adds what the
tests need around them. Where a server program is missing the test is skipped, unless
AKC_REQUIRE_SERVICES=1 (CI), where that is a failure.
"""

import http.client
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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


def gunicorn_installed():
    if not (Path(sys.executable).parent / "gunicorn").exists() and not shutil.which("gunicorn"):
        missing("gunicorn is not installed")


def production_environment(database_url, redis_url, folder):
    """Production settings; `redis_url` None: no Redis, the database cache."""
    environment = {
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
    if redis_url is None:
        del environment["REDIS_URL"]
    return environment


def prepare_site(environment):
    manage = [sys.executable, "manage.py"]
    steps = (
        ["migrate", "--noinput"],
        ["createcachetable"],
        ["collectstatic", "--noinput"],
        ["load_initial_content", "--examples"],
    )
    for command in steps:
        run([*manage, *command], cwd=PROJECT_DIR, env=environment)


class AppServer(servers.AppServer):
    """One gunicorn worker; `get` answers (status, text, headers) for the tests' assertions."""

    def __init__(self, environment):
        super().__init__(environment, workers=1)

    def get(self, path):
        status, headers, body = super().get(path)
        return status, body.decode(), headers


class Response:
    def __init__(self, status, headers, text):
        self.status, self.headers, self.text = status, headers, text

    def cookie(self, name):
        for header in self.headers.get_all("Set-Cookie") or ():
            key, _, rest = header.partition("=")
            if key.strip() == name:
                return rest.split(";", 1)[0]
        return None


class Workers(servers.AppServer):
    """gunicorn with several workers, an access log naming the worker (process id) of each request.

    Requests go out several at a time: a synchronous worker busy with one cannot take the next, so
    every worker gets some. `request` follows no redirect.
    """

    LOG_FORMAT = "%(p)s %({x-probe}i)s %(s)s"

    def __init__(self, environment, log, workers=3):
        self.log = Path(log)
        self.workers = workers
        arguments = ("--access-logfile", str(self.log), "--access-logformat", self.LOG_FORMAT)
        super().__init__(environment, workers=workers, arguments=arguments)

    def request(self, path, method="GET", headers=None, body=None, probe="-"):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers={**(headers or {}), "X-Probe": probe})
            response = connection.getresponse()
            return Response(response.status, response.headers, response.read().decode())
        finally:
            connection.close()

    def many(self, path, label, count=24, headers=None):
        """`count` GETs of `path`, six at a time; (their responses, the set of worker pids that answered)."""
        probes = [f"{label}-{number}" for number in range(count)]
        with ThreadPoolExecutor(max_workers=6) as pool:
            responses = list(pool.map(lambda probe: self.request(path, headers=headers, probe=probe), probes))
        return responses, self.pids(probes)

    def pids(self, probes, seconds=5):
        wanted = set(probes)
        deadline = time.monotonic() + seconds
        while True:
            lines = [line.split() for line in self.log.read_text().splitlines()]
            found = {probe: pid for pid, probe, *_rest in lines if probe in wanted}
            if len(found) == len(wanted) or time.monotonic() > deadline:
                return set(found.values())
            time.sleep(0.05)
