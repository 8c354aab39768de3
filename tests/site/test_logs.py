"""Every log line has its time, level, logger and request id; JSON with LOG_FORMAT=json; Sentry with SENTRY_DSN."""

import gzip
import io
import json
import logging
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from akc_site.environment import JSON_FIELDS, TEXT_FORMAT, logging_config
from akc_site.request_id import JSONFormatter, RequestIdFilter, UTCFormatter
from bench.servers import PROJECT_DIR

pytestmark = pytest.mark.django_db

LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING django\.request \[(?P<id>[^\]]+)\] Not Found: ")


@pytest.fixture
def request_log():
    """django.request's lines as the console handler writes them (text)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(UTCFormatter(TEXT_FORMAT))
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield stream
    logger.removeHandler(handler)


def test_a_request_has_an_id_in_its_log_lines_and_response(client, request_log):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    [line] = request_log.getvalue().splitlines()
    assert LINE.match(line).group("id") == request_id


def test_the_load_balancers_request_id_is_kept(client, request_log):
    response = client.get("/en/no-such-page/", headers={"X-Request-ID": "lb-2026.12-abc_1"})
    assert response["X-Request-ID"] == "lb-2026.12-abc_1"
    assert "[lb-2026.12-abc_1] Not Found" in request_log.getvalue()


@pytest.mark.parametrize("sent", ["a b", "x" * 65, "<script>", "id\r\nSet-Cookie: a=b", ""])
def test_a_malformed_request_id_is_replaced(client, sent):
    response = client.get("/healthz", headers={"X-Request-ID": sent})
    assert response.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_lines_outside_a_request_carry_a_dash_and_tracebacks_stay_on_one_line():
    record = logging.LogRecord("akc_site.tasks", logging.ERROR, __file__, 1, "failed", None, None)
    try:
        raise ZeroDivisionError("forced")
    except ZeroDivisionError:
        record.exc_info = sys.exc_info()
    RequestIdFilter().filter(record)
    line = UTCFormatter(TEXT_FORMAT).format(record)
    assert "\n" not in line and " ERROR akc_site.tasks [-] failed\\nTraceback" in line


def test_json_lines():
    config = logging_config("json", "INFO")["formatters"]["line"]
    formatter = JSONFormatter(JSON_FIELDS, rename_fields=config["rename_fields"])
    record = logging.LogRecord("akc_site.tasks", logging.INFO, __file__, 1, "ran %s", ("a task",), None)
    record.request_id = "abc"
    data = json.loads(formatter.format(record))
    assert data["level"] == "INFO" and data["logger"] == "akc_site.tasks" and data["message"] == "ran a task"
    assert data["request_id"] == "abc" and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", data["time"])


def test_an_unknown_log_format_is_refused():
    with pytest.raises(ValueError, match="LOG_FORMAT"):
        logging_config("xml", "INFO")


class SentryReceiver(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        SentryReceiver.received.append((self.path, body.decode("utf-8", "replace")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.mark.services
@pytest.mark.slow
def test_an_error_is_reported_to_sentry_when_sentry_dsn_is_set(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), SentryReceiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    environment = {
        "DJANGO_SETTINGS_MODULE": "akc_site.settings.production",
        "SECRET_KEY": "sentry-test-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "AKC_VAR_DIR": str(tmp_path),
        "SENTRY_DSN": f"http://publickey@127.0.0.1:{server.server_port}/42",
        "PATH": "/usr/bin:/bin",
    }
    forced = "import logging; logging.getLogger('akc_site').error('forced error for the Sentry test')"
    try:
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "shell", "-c", forced], cwd=PROJECT_DIR, env=environment, check=True
        )
    finally:
        server.shutdown()
        server.server_close()
    assert any(
        path.startswith("/api/42/") and "forced error for the Sentry test" in body
        for path, body in SentryReceiver.received
    )
