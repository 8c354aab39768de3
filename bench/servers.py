"""The services a benchmark run starts on loopback and stops again: PostgreSQL, Redis and gunicorn.

The same ideas as tests/site/services.py (a throwaway cluster run as the postgres user, free
ports, waiting for a port), without pytest: here a missing program is reported, not skipped.
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]


class ServiceUnavailable(RuntimeError):
    pass


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise ServiceUnavailable(f"nothing answered on port {port} within {seconds}s")


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # noqa: S603


def postgres_programs():
    """The folder of the newest installed PostgreSQL server's programs, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def can_run_postgres():
    if postgres_programs() is None:
        return False
    # As root the server must run as the postgres user; any other user runs it as itself.
    return os.geteuid() != 0 or bool(shutil.which("runuser"))


class PostgresCluster:
    """A cluster of its own in `folder`, fsync off, listening on loopback only."""

    def __init__(self, folder):
        self.bin = postgres_programs()
        if self.bin is None:
            raise ServiceUnavailable("PostgreSQL's server programs are not installed")
        self.folder = Path(folder)
        self.port = free_port()
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.as_owner("initdb", "-D", str(self.folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        self.start()

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.as_owner(
            "pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-w", "-o", options, "start"
        )

    def as_owner(self, program, *arguments):
        command = [str(self.bin / program), *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return run(command)

    def sql(self, statement, database="postgres"):
        return self.as_owner(
            "psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database, "-c", statement
        )

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self):
        self.as_owner("pg_ctl", "-D", str(self.folder / "data"), "-w", "stop", "-m", "fast")


class RedisServer:
    def __init__(self):
        program = shutil.which("redis-server")
        if not program:
            raise ServiceUnavailable("redis-server is not installed")
        self.program = program
        self.port = free_port()
        self.start()

    def start(self):
        """Starts (again, on the same port, empty: nothing is saved)."""
        self.process = subprocess.Popen(  # noqa: S603
            [self.program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def url(self, number=0):
        return f"redis://127.0.0.1:{self.port}/{number}"

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class AppServer:
    """gunicorn with the production configuration (akc_site/gunicorn.conf.py), on loopback."""

    def __init__(self, environment, workers=2, arguments=()):
        """`arguments`: more gunicorn options, after (so over) these, e.g. an access log to read."""
        self.port = free_port()
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        command = [gunicorn, "-c", "akc_site/gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(workers), "--access-logfile", "/dev/null", *arguments, "akc_site.wsgi:application"]
        self.process = subprocess.Popen(command, cwd=PROJECT_DIR, env=environment)  # noqa: S603
        wait_for_port(self.port)
        self.wait_until_ready()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path):
        """(status, headers, body) of one anonymous GET."""
        try:
            with urllib.request.urlopen(self.url(path), timeout=30) as response:  # noqa: S310
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def wait_until_ready(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServiceUnavailable("gunicorn exited while starting")
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise ServiceUnavailable("gunicorn did not answer /healthz")

    def worker_cpu_seconds(self):
        """User plus system CPU time of the master's children (the workers) so far, in seconds."""
        return workers_cpu_seconds(self.process.pid)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_stat(text):
    """(parent pid, utime + stime in clock ticks) from the text of /proc/<pid>/stat."""
    # The command name, in brackets, may hold spaces or brackets: the fields start after the last ")".
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def workers_cpu_seconds(parent, proc=Path("/proc")):
    """CPU seconds the children of `parent` have used (Linux's /proc; exited children are lost)."""
    ticks = 0
    for stat in proc.glob("[0-9]*/stat"):
        try:
            ppid, used = process_stat(stat.read_text())
        except (OSError, ValueError, IndexError):  # a process that ended while being read
            continue
        if ppid == parent:
            ticks += used
    return ticks / CLOCK_TICKS
