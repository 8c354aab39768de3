"""Real services for the tests that need them: a throwaway PostgreSQL cluster, Redis, app servers.

The servers themselves are the benchmark's (bench/servers.py); this module adds what the
tests need around them. Where a server program is missing the test is skipped, unless
AKC_REQUIRE_SERVICES=1 (CI), where that is a failure.
"""

import email
import http.client
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
import pytest
from aiosmtpd.controller import Controller

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
        # As the deploy steps do: production indexes through the task queue, and no worker runs yet.
        ["update_index"],
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


class MotoServer:
    """moto in server mode: a real S3 API on loopback, with one bucket."""

    def __init__(self, bucket):
        program = Path(sys.executable).parent / "moto_server"
        if not program.exists():
            missing("moto_server is not installed (requirements-dev.txt: moto[server])")
        self.port = servers.free_port()
        self.process = subprocess.Popen(  # noqa: S603
            [str(program), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        servers.wait_for_port(self.port)
        self.bucket = bucket
        self.client().create_bucket(Bucket=bucket)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def environment(self):
        return {
            "AWS_STORAGE_BUCKET_NAME": self.bucket,
            "AWS_S3_ENDPOINT_URL": self.url,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_S3_REGION_NAME": "us-east-1",
        }

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            region_name="us-east-1",
        )

    def object_keys(self):
        listing = self.client().list_objects_v2(Bucket=self.bucket)
        return {item["Key"] for item in listing.get("Contents", ())}

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Inbox:
    """aiosmtpd's handler: every message received, as (recipients, email.message.Message)."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.original_content)))
        return "250 Message accepted"


class SMTPServer:
    """A real SMTP server on loopback (aiosmtpd) that keeps what it receives in `inbox`."""

    def __init__(self):
        self.inbox = Inbox()
        self.port = servers.free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    @property
    def url(self):
        return f"smtp://127.0.0.1:{self.port}"

    def stop(self):
        self.controller.stop()


class PurgeReceiver:
    """A CDN that takes 5 seconds to answer each PURGE; `purges` lists (path, time received, what
    `on_purge(path)` answered then: say, the page as the CDN would fetch it again)."""

    def __init__(self, delay=5.0):
        receiver = self
        self.purges = []
        self.on_purge = None

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_PURGE(self):
                on_purge = receiver.on_purge
                receiver.purges.append((self.path, time.monotonic(), on_purge(self.path) if on_purge else None))
                time.sleep(delay)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_port}"

    def paths(self):
        return {path for path, *_rest in self.purges}

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class Worker:
    """`manage.py run_worker`, publishing scheduled pages every `publish_every` seconds."""

    def __init__(self, environment, log, publish_every=1):
        self.log = Path(log)
        command = [sys.executable, "manage.py", "run_worker", "--publish-every", str(publish_every)]
        with open(self.log, "wb") as output:
            self.process = subprocess.Popen(  # noqa: S603
                command, cwd=PROJECT_DIR, env=environment, stdout=output, stderr=subprocess.STDOUT
            )

    def stop(self):
        """SIGTERM: the worker finishes the task it is running, then stops."""
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
