"""Real services for the tests that need them: a throwaway PostgreSQL cluster, Redis, app servers.

Each starts on a free loopback port under a temporary folder and is stopped by the fixture that
started it. Where a server binary is missing the test is skipped, unless AKC_REQUIRE_SERVICES=1 (CI).
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
REQUIRE_SERVICES = os.environ.get("AKC_REQUIRE_SERVICES") == "1"


def missing(reason):
    if REQUIRE_SERVICES:
        pytest.fail(f"AKC_REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # noqa: S603


class PostgresCluster:
    def __init__(self, folder):
        initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not initdb:
            missing("PostgreSQL's server programs are not installed")
        if os.geteuid() != 0 or not shutil.which("runuser"):
            missing("starting PostgreSQL needs root (to run it as the postgres user)")
        self.bin = Path(initdb[-1]).parent
        self.folder = folder
        self.port = free_port()
        folder.mkdir(parents=True, exist_ok=True)
        shutil.chown(folder, "postgres")
        self.as_postgres("initdb", "-D", str(folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        self.start()
        self.as_postgres("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "akc")

    def as_postgres(self, program, *arguments):
        return run(["runuser", "-u", "postgres", "--", str(self.bin / program), *arguments])

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.as_postgres(
            "pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-w", "-o", options, "start"
        )

    def stop(self):
        self.as_postgres("pg_ctl", "-D", str(self.folder / "data"), "-w", "stop", "-m", "fast")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/akc"


class RedisServer:
    def __init__(self):
        program = shutil.which("redis-server")
        if not program:
            missing("redis-server is not installed (apt-get install redis-server)")
        self.port = free_port()
        self.process = subprocess.Popen(  # noqa: S603
            [program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


def wait_for_port(port, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port}")


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
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"], ["load_initial_content"]):
        run([*manage, *command], cwd=PROJECT_DIR, env=environment)


class AppServer:
    def __init__(self, environment):
        self.port = free_port()
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.process = subprocess.Popen(  # noqa: S603
            [
                gunicorn,
                "-c",
                "akc_site/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--access-logfile",
                "/dev/null",
                "akc_site.wsgi:application",
            ],
            cwd=PROJECT_DIR,
            env=environment,
        )
        wait_for_port(self.port)

    def get(self, path):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=10) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
