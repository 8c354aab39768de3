"""Drives one address with wrk for a few seconds: requests per second and latency percentiles."""

import json
import os
import shutil
import subprocess
from pathlib import Path

REPORT_SCRIPT = Path(__file__).with_name("wrk_report.lua")
MARKER = "BENCH-JSON "


def ensure_wrk():
    """The path of wrk, installed from Debian's packages if missing and allowed (as .ci/run does)."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=environment)  # noqa: S607
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=environment)  # noqa: S607
        found = shutil.which("wrk")
    if not found:
        raise RuntimeError("wrk is not installed: apt-get install wrk (Debian) or your system's package")
    return found


def wrk_version(wrk):
    result = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False)  # noqa: S603
    return (result.stdout or result.stderr).splitlines()[0].strip() if (result.stdout or result.stderr) else "wrk"


def drive(wrk, url, seconds, connections, threads=1):
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(REPORT_SCRIPT)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    return summarise(parse_report(output))


def parse_report(output):
    for line in output.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :])
    raise ValueError(f"wrk printed no report line:\n{output}")


def summarise(raw):
    """requests/s, p50/p90/p99 in milliseconds and the count of failed requests, from wrk's figures."""
    seconds = raw["duration_us"] / 1_000_000
    latency = raw["latency_us"]
    return {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": latency["p50"] / 1000,
        "p90_ms": latency["p90"] / 1000,
        "p99_ms": latency["p99"] / 1000,
        "errors": sum(raw["errors"].values()),
    }
