"""One benchmark run: for each size, seed a database of its own, serve it, measure it, report.

Everything lives under var/bench/ (git-ignored): work/ is wiped at the start of each run and
holds the databases (a throwaway PostgreSQL cluster, or one SQLite file per size), collected
static files and each size's media; results.json, report.txt and latency.svg are the results.
"""

import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import redis

from bench import lighthouse, load, publish_load, report
from bench.servers import PROJECT_DIR, AppServer, PostgresCluster, RedisServer, can_run_postgres, run

DEFAULT_SIZES = (50, 1000, 10000)
LANGUAGES = ("en", "ko")
CACHE_MODES = (("uncached", 0), ("cached", 300))
WARM_CONCURRENCY = 4
BUSY_LOAD_PER_CORE = 0.5
SECRET = "bench-only-" + "k" * 50  # a throwaway server on loopback
# gunicorn and Django's own commands run with production's settings: that is what is measured. The
# benchmark's steps are commands of the `bench` app, which production never installs; they run with
# production's settings plus that app.
SERVED_SETTINGS = "akc_site.settings.production"
STEP_SETTINGS = "bench.settings"


# What a visitor types: the organisation's name, in each language's own script. Korean is matched as a
# substring too (words carry particles: 아세안과, 아세안센터는), so `ko` measures that path as well.
SEARCH_WORDS = {"en": "ASEAN", "ko": "아세안"}
HOME_PATH = "/en/"


def bench_pages(today):
    """(name, path template) of the pages measured, `{lang}` for the language prefix, `{word}` a search word."""
    # The year of the recent past, which every size has events in (a year ago, the smallest has none).
    recent_year = (today - datetime.timedelta(days=90)).year
    return [
        ("home", "/{lang}/"),
        ("greeting", "/{lang}/about/greetings/"),
        ("priority", "/{lang}/priorities/economy/"),
        ("events", "/{lang}/events/"),
        ("events-filtered", f"/{{lang}}/events/?when=past&priority=economy&year={recent_year}"),
        ("event", "/{lang}/events/bench-event-00025/"),
        ("hall", "/{lang}/halls/seoul/"),
        # The initial content's (load_initial_content --examples), the same at every size.
        ("exhibition", "/{lang}/halls/seoul/threads-of-asean/"),
        ("news", "/{lang}/news/"),
        ("news-item", "/{lang}/news/example-press-release-trade-and-investment-forum/"),
        ("publication", "/{lang}/publications/example-annual-report/"),
        ("search", "/{lang}/search/?q={word}"),
    ]


def log(message):
    stamp = time.strftime("%H:%M:%S")
    print(f"[{stamp}] {message}", file=sys.stderr, flush=True)  # noqa: T201


class BenchRun:
    def __init__(
        self,
        sizes=DEFAULT_SIZES,
        seconds=3,
        connections=4,
        database="auto",
        output=None,
        pages=None,
        audit=False,
        publish_seconds=publish_load.DEFAULT_SECONDS,
    ):
        self.sizes = sorted(sizes)
        self.page_names = pages  # None: every page of bench_pages
        self.audit = audit  # Lighthouse at the largest size
        self.lighthouse = None
        self.publish_seconds = publish_seconds  # 0: no "publish during load" scenario
        self.seconds = seconds
        self.connections = connections
        self.output = Path(output or PROJECT_DIR / "var" / "bench").resolve()  # the postgres user runs elsewhere
        self.work = self.output / "work"
        self.engine = ("postgresql" if can_run_postgres() else "sqlite") if database == "auto" else database
        self.started = time.monotonic()
        self.load_at_start = None
        self.postgres = None
        self.redis = None
        self.wrk = None

    # The whole run ------------------------------------------------------------------------------

    def run(self):
        # Before anything starts: other work on the machine would skew every figure.
        self.load_at_start = round(os.getloadavg()[0], 2)
        if self.load_at_start > (os.cpu_count() or 1) * BUSY_LOAD_PER_CORE:
            log(f"the machine is busy (load {self.load_at_start} before the run): other work will skew the figures")
        self.wrk = load.ensure_wrk()
        if self.audit:
            self.lighthouse = lighthouse.ensure_lighthouse()
        if self.work.exists():
            shutil.rmtree(self.work)
        (self.work / "shared").mkdir(parents=True)
        try:
            self.start_services()
            self.prepare_base()
            sizes = [self.measure_size(events) for events in self.sizes]
        finally:
            self.stop_services()
        results = {
            "generated_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "machine": self.machine(),
            "method": self.method(),
            "sizes": sizes,
            "total_seconds": round(time.monotonic() - self.started, 1),
        }
        audited = [size.pop("lighthouse") for size in sizes if "lighthouse" in size]
        if audited:
            results["lighthouse"] = audited[-1]
        scenarios = [size.pop("publish_during_load") for size in sizes if "publish_during_load" in size]
        if scenarios:
            results["publish_during_load"] = scenarios[-1]
        results["targets"] = report.check_targets(results)
        paths = report.write_all(results, self.output)
        print(report.format_table(results))  # noqa: T201
        log(f"done in {results['total_seconds']:.0f}s: " + ", ".join(str(path) for path in paths))
        return results

    def start_services(self):
        try:
            self.redis = RedisServer()
        except Exception as error:  # the site then falls back to a cache per worker
            log(f"no Redis ({error}): each gunicorn worker keeps its own local-memory cache")
        if self.engine == "postgresql":
            log("starting a throwaway PostgreSQL cluster under var/bench/work/postgres")
            self.postgres = PostgresCluster(self.work / "postgres")

    def stop_services(self):
        for service in (self.redis, self.postgres):
            if service is not None:
                try:
                    service.stop()
                except Exception as error:  # stopping must not hide the run's own error
                    log(f"could not stop {type(service).__name__}: {error}")

    # Databases ----------------------------------------------------------------------------------

    def database_url(self, name):
        if self.postgres:
            return self.postgres.url(f"bench_{name}")
        return f"sqlite:///{self.work / name / 'db.sqlite3'}"

    def environment(self, name, page_cache_seconds=0, settings=SERVED_SETTINGS):
        environment = {
            key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")
        }
        environment.update(
            DJANGO_SETTINGS_MODULE=settings,
            SECRET_KEY=SECRET,
            ALLOWED_HOSTS="127.0.0.1",
            DATABASE_URL=self.database_url(name),
            SECURE_SSL_REDIRECT="false",
            AKC_VAR_DIR=str(self.work / name),
            PAGE_CACHE_SECONDS=str(page_cache_seconds),
            WEB_CONCURRENCY="2",
            GUNICORN_LOG_LEVEL="warning",
            PYTHONUNBUFFERED="1",
            SERVE_MEDIA="true",  # for Lighthouse's browser: images are part of what a visitor loads
            # A worker recycled after GUNICORN_MAX_REQUESTS costs a second of CPU. The benchmark sends
            # some 50,000 requests per worker to one server in a few minutes (production: days), so a
            # recycle would land in one page's seconds and halve its figure; it is measured apart.
            GUNICORN_MAX_REQUESTS="0",
        )
        if self.redis:
            environment["REDIS_URL"] = self.redis.url()
        return environment

    def manage(self, name, *arguments, settings=SERVED_SETTINGS, quiet=True):
        command = [sys.executable, "manage.py", *arguments]
        environment = self.environment(name, settings=settings)
        try:
            if quiet:
                return run(command, cwd=PROJECT_DIR, env=environment).stdout
            # The seed's progress bars go straight to the terminal.
            return subprocess.run(  # noqa: S603
                command, cwd=PROJECT_DIR, env=environment, check=True, stdout=subprocess.PIPE, text=True
            ).stdout
        except subprocess.CalledProcessError as error:
            output = f"{error.stderr or ''}{error.stdout or ''}"
            raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{output}") from error

    def prepare_base(self):
        """Migrations and the initial content once, in a database each size starts from a copy of."""
        log(f"database: {self.engine}; migrating and loading the initial content once")
        if self.postgres:
            self.postgres.sql("CREATE DATABASE bench_shared")
        self.manage("shared", "migrate", "--noinput")
        self.manage("shared", "createcachetable")  # the cache without Redis (settings/base.py)
        self.manage("shared", "load_initial_content", "--examples")
        self.manage("shared", "collectstatic", "--noinput")

    def copy_base(self, name):
        folder = self.work / name
        folder.mkdir()
        (folder / "static").symlink_to(self.work / "shared" / "static")
        if self.postgres:
            self.postgres.sql(f"CREATE DATABASE bench_{name} TEMPLATE bench_shared")
        else:
            shutil.copyfile(self.work / "shared" / "db.sqlite3", folder / "db.sqlite3")

    # One size -----------------------------------------------------------------------------------

    def measure_size(self, events):
        name = f"size_{events}"
        log(f"{events} events: seeding")
        self.copy_base(name)
        seed_started = time.monotonic()
        counts = json.loads(self.manage(name, "bench_seed", f"--events={events}", settings=STEP_SETTINGS, quiet=False))
        seed_seconds = round(time.monotonic() - seed_started, 1)
        today = datetime.date.today()
        pages = [
            {"name": page, "lang": lang, "path": template.format(lang=lang, word=quote(SEARCH_WORDS[lang]))}
            for page, template in bench_pages(today)
            for lang in LANGUAGES
            if self.page_names is None or page in self.page_names
        ]
        log(f"{events} events: counting queries (test client, page cache off)")
        # The English home page is counted even when not measured: the ceiling file is as large as it.
        paths = list(dict.fromkeys([HOME_PATH, *(page["path"] for page in pages)]))
        counted = json.loads(self.manage(name, "bench_queries", *paths, settings=STEP_SETTINGS))
        for page in pages:
            page.update(counted[page["path"]])
        home_bytes = counted[HOME_PATH]["bytes"]
        ceiling_path = self.write_ceiling_file(name, home_bytes)
        ceiling = audited = scenario = None
        for mode, seconds in CACHE_MODES:
            self.flush_cache()
            server = AppServer(self.environment(name, page_cache_seconds=seconds))
            try:
                self.warm(server, [page["path"] for page in pages if page["status"] == 200] + [ceiling_path])
                # The ceiling before and after the cached pages, the faster kept: one slow reading
                # (the virtual machine's neighbours) would flatter every page's share of it.
                readings = [self.measure(server, ceiling_path, cached=False)] if seconds > 0 else []
                for page in pages:
                    if page["status"] == 200:
                        page[mode] = self.measure(server, page["path"], cached=seconds > 0)
                        log(f"{events} events: {mode:<8} {page['path']:<55} {describe(page[mode])}")
                if seconds > 0:
                    readings.append(self.measure(server, ceiling_path, cached=False))
                    ceiling = {**max(readings, key=lambda reading: reading["rps"]), "bytes": home_bytes}
                    ceiling["readings_rps"] = [reading["rps"] for reading in readings]
                    log(
                        f"{events} events: ceiling  {ceiling_path:<55} {describe(ceiling)} of {ceiling['readings_rps']}"
                    )
                    if self.lighthouse and events == self.sizes[-1]:
                        audited = self.run_lighthouse(server, events, today)
                    if self.publish_seconds and events == self.sizes[-1]:
                        scenario = self.publish_during_load(server, name, events, pages, seconds)
            finally:
                server.stop()
        load_average = round(os.getloadavg()[0], 2)  # the benchmark's own work included: about 2
        measured = {
            "events": events,
            "load_average": load_average,
            "counts": counts,
            "seed_seconds": seed_seconds,
            "ceiling": ceiling,
            "pages": pages,
        }
        if audited:
            measured["lighthouse"] = audited
        if scenario:
            measured["publish_during_load"] = scenario
        return measured

    def publish_during_load(self, server, name, events, pages, page_cache_seconds):
        """Every cacheable page in turn under load while an editor republishes an event every 10 s."""
        log(f"{events} events: publish during load, {self.publish_seconds} s")
        publisher = publish_load.manage_command(
            "bench_publish",
            f"--every={publish_load.PUBLISH_EVERY}",
            f"--seconds={self.publish_seconds}",
            f"--site-address=127.0.0.1:{server.port}",
        )
        scenario = publish_load.run_scenario(
            self.wrk,
            server,
            publish_load.paths_under_load(pages),
            publisher_command=publisher,
            worker_command=publish_load.manage_command("run_worker", "--interval=0.2"),
            environment=self.environment(name, page_cache_seconds=page_cache_seconds, settings=STEP_SETTINGS),
            seconds=self.publish_seconds,
            connections=self.connections,
        )
        scenario["events"] = events
        log(f"{events} events: publish during load: " + " ".join(publish_load.format_lines(scenario)[-1:]).strip())
        return scenario

    def run_lighthouse(self, server, events, today):
        """Lighthouse's four scores for the pages the issue names, each language, as visitors get them."""
        pages = []
        for name, template in bench_pages(today):
            if name not in lighthouse.PAGES:
                continue
            for lang in LANGUAGES:
                path = template.format(lang=lang, word="")
                page = {"name": name, "lang": lang, "path": path}
                try:
                    page.update(
                        lighthouse.audit(
                            self.lighthouse, server.url(path), self.output / "lighthouse" / f"{name}-{lang}"
                        )
                    )
                except (OSError, RuntimeError, subprocess.SubprocessError, ValueError, KeyError) as error:
                    page["error"] = str(error).splitlines()[0][:200]
                pages.append(page)
                scores = page.get("median") or page.get("error")
                log(f"{events} events: lighthouse {path:<50} {scores}")
        return {"version": lighthouse.VERSION, "events": events, "runs": lighthouse.RUNS, "pages": pages}

    def warm(self, server, paths):
        """Each page through both workers, twice, so none is measured on its first render in a process
        (templates compiled, catalogues and renditions loaded, connections opened)."""
        with ThreadPoolExecutor(max_workers=WARM_CONCURRENCY) as pool:
            for _round in range(2):
                list(pool.map(server.get, [path for path in paths for _ in range(WARM_CONCURRENCY)]))

    def measure(self, server, path, cached):
        _status, headers, _body = server.get(path)
        cpu_before = server.worker_cpu_seconds()
        result = load.drive(self.wrk, server.url(path), self.seconds, self.connections)
        # The workers' CPU time over the run, shared out over the requests wrk completed: a mean
        # (at or above the median, since slow requests pull it up), free of the queueing in p50.
        result["cpu_ms"] = cpu_per_request(server.worker_cpu_seconds() - cpu_before, result["requests"])
        result["page_cache"] = headers.get("X-Page-Cache", "none") if cached else "off"
        return result

    def write_ceiling_file(self, name, size):
        """A static file as large as the home page's HTML, served by WhiteNoise from the same server."""
        path = self.work / "shared" / "static" / "bench" / f"ceiling-{name}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        filler = "<!-- the benchmark's static ceiling -->\n"
        path.write_text((filler * (size // len(filler) + 1))[:size], encoding="ascii")
        return f"/static/bench/{path.name}"

    def flush_cache(self):
        """Each server starts with an empty cache: sizes share Redis, and page-cache keys name no database."""
        if self.redis:
            redis.Redis.from_url(self.redis.url()).flushall()

    # What the report says about the run ---------------------------------------------------------

    def machine(self):
        return {
            "cpu": cpu_model(),
            "cores": os.cpu_count(),
            "system": platform.platform(),
            "python": platform.python_version(),
            "load_at_start": self.load_at_start,
        }

    def method(self):
        return {
            "database": self.engine,
            "cache": "redis" if self.redis else "local memory per worker",
            "server": "gunicorn, akc_site/gunicorn.conf.py, 2 sync workers, production settings, loopback",
            "load": f"{load.wrk_version(self.wrk)}: 1 thread, {self.connections} connections, "
            f"{self.seconds}s per page, after every page was requested {2 * WARM_CONCURRENCY} times, "
            f"{WARM_CONCURRENCY} at once",
            "queries": "Django test client + CaptureQueriesContext, second request, page cache off",
            "cpu": "utime + stime of the gunicorn workers (/proc/<pid>/stat) over each wrk run, "
            "divided by the requests it completed",
            "seconds": self.seconds,
            "connections": self.connections,
        }


def cpu_per_request(seconds, requests):
    return round(1000 * seconds / requests, 2) if requests else None


def describe(result):
    cpu = f"  cpu {result['cpu_ms']:6.2f} ms" if result.get("cpu_ms") is not None else ""
    return f"{result['rps']:8.1f} rps  p50 {result['p50_ms']:7.2f} ms  p99 {result['p99_ms']:7.2f} ms{cpu}" + (
        f"  {result['errors']} errors" if result["errors"] else ""
    )


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
