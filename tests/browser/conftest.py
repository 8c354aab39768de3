"""Real-browser tests: Debian's Chromium driven by Playwright against a live server started here.

The server is gunicorn on a free loopback port with the test settings and a fresh SQLite database
of its own, built by the same commands as `make run`. When Chromium or Playwright is missing these
tests are skipped with a clear reason, unless AKC_REQUIRE_BROWSER=1 (CI), where that is a failure.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.seed import SEED_SCRIPT

PROJECT_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("AKC_CHROMIUM", "/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("AKC_REQUIRE_BROWSER") == "1"
SCREENSHOT_DIR = PROJECT_DIR / "var" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def missing_browser_reason():
    if not Path(CHROMIUM).exists():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as error:
        return f"a browser-test package is missing: {error.name} (make install-dev)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = missing_browser_reason()
    if reason is None or REQUIRE_BROWSER:
        return  # required and missing: browser_is_available fails each test instead
    for item in items:
        if Path(item.fspath).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))


@pytest.fixture(scope="session", autouse=True)
def browser_is_available():
    reason = missing_browser_reason()
    if reason and REQUIRE_BROWSER:
        pytest.fail(f"AKC_REQUIRE_BROWSER=1 but {reason}", pytrace=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the live server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 -- loopback URL we started
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the live server did not answer at {url}")


@pytest.fixture(scope="session")
def live_environment(tmp_path_factory):
    """The environment of the live site's commands: its own database and media folder."""
    data_dir = tmp_path_factory.mktemp("live-site")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "akc_site.settings.test",
        "DATABASE_URL": f"sqlite:///{data_dir / 'db.sqlite3'}",
        "AKC_VAR_DIR": str(data_dir),
        # Visitors' forms refuse a send within FORM_MIN_FILL_SECONDS of opening: one second, so a test
        # that types quickly need not wait.
        "FORM_MIN_FILL_SECONDS": "1",
    }


def live_manage(environment, *arguments):
    """Run a manage.py command against the live site's database."""
    command = [sys.executable, "manage.py", *arguments]
    return subprocess.run(command, cwd=PROJECT_DIR, env=environment, check=True, capture_output=True, text=True)  # noqa: S603


@pytest.fixture(scope="session")
def live_url(live_environment):
    """Base URL of a live site with the initial content, for the whole browser session."""
    environment = live_environment
    for command in (["migrate", "--noinput"], ["load_initial_content"], ["shell", "-c", SEED_SCRIPT]):
        live_manage(environment, *command)
    port = free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    server = subprocess.Popen(  # noqa: S603 -- fixed command line
        [
            gunicorn,
            "akc_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT_DIR,
        env=environment,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base_url}/en/", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class PageWatch:
    """What went wrong while a page loaded: console errors (CSP violations among them), failed requests."""

    def __init__(self, page):
        self.console_errors = []
        self.failed_requests = []
        page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        page.on("requestfailed", lambda request: self.failed_requests.append(f"{request.url} {request.failure}"))
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and response.request.resource_type != "document"
                and self.failed_requests.append(f"{response.url} {response.status}")
            ),
        )

    def expect_not_found_page(self):
        """A 404 document is what the test asked for; Chromium still logs it as a console error."""
        self.console_errors = [error for error in self.console_errors if "status of 404" not in error]

    def assert_clean(self):
        assert self.console_errors == [], self.console_errors
        assert self.failed_requests == [], self.failed_requests


@pytest.fixture
def new_page(browser):
    """A factory for fresh pages: new_page(width=390, javascript=False) -> (page, watch)."""
    contexts = []

    def make(width=1280, height=900, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        return page, PageWatch(page)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
