"""Lighthouse 12 on the benchmark's server: performance, accessibility, best practices and SEO.

Lighthouse is a Node program; the first run installs the pinned version with npm under
var/lighthouse/ (git-ignored) and drives Debian's Chromium (CHROME_PATH). Each page is audited
RUNS times with Lighthouse's default mobile settings (simulated slow 4G and a CPU four times slower);
the report gives the median score of each category and names every audit that cost points.
"""

import json
import os
import shutil
import statistics
import subprocess
from pathlib import Path

from bench.servers import PROJECT_DIR, ServiceUnavailable

VERSION = "12.8.2"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
RUNS = 3
PAGES = ("home", "events", "event", "hall")
TOOL_DIR = PROJECT_DIR / "var" / "lighthouse"
RUN_TIMEOUT_SECONDS = 180


def ensure_lighthouse():
    """The lighthouse program, installed with npm the first time."""
    program = TOOL_DIR / "node_modules" / ".bin" / "lighthouse"
    if program.exists():
        return program
    npm = shutil.which("npm")
    if not npm:
        raise ServiceUnavailable("npm is not installed: Lighthouse needs Node.js 18.16 or later")
    TOOL_DIR.mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--prefix", str(TOOL_DIR), "--no-audit", "--no-fund", "--loglevel=error"]
    subprocess.run([*command, f"lighthouse@{VERSION}"], check=True, capture_output=True, text=True)  # noqa: S603
    return program


def chrome_path():
    found = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise ServiceUnavailable("Chromium is not installed (apt-get install chromium), or set CHROME_PATH")
    return found


def summarise(report):
    """{category: score from 0 to 100} and the audits that cost points, from one Lighthouse JSON report."""
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    lost = []
    for name in CATEGORIES:
        for reference in report["categories"][name]["auditRefs"]:
            audit = report["audits"][reference["id"]]
            if reference.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                lost.append(f"{name}: {audit['title']}")
    return scores, lost


def median_scores(runs):
    return {name: statistics.median(run["scores"][name] for run in runs) for name in CATEGORIES}


def run_once(command, attempts=3):
    """One Lighthouse run. Its trace recording now and then fails (NO_NAVSTART, "run Lighthouse again"):
    such a run is repeated, up to `attempts` times."""
    environment = {**os.environ, "CHROME_PATH": chrome_path()}
    for attempt in range(1, attempts + 1):
        finished = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, env=environment, timeout=RUN_TIMEOUT_SECONDS, check=False
        )
        if finished.returncode == 0:
            return
        problem = (finished.stderr.strip().splitlines() or [f"exit status {finished.returncode}"])[-1]
        if attempt == attempts:
            raise RuntimeError(f"Lighthouse failed {attempts} times: {problem}")


def audit(program, url, folder, runs=RUNS):
    """Median scores of `runs` Lighthouse runs of `url`; each run's JSON report is kept in `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for number in range(1, runs + 1):
        path = folder / f"run-{number}.json"
        command = [
            str(program),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={path}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ]
        run_once(command)
        scores, lost = summarise(json.loads(path.read_text()))
        results.append({"scores": scores, "lost": lost})
    return {
        "url": url,
        "runs": results,
        "median": median_scores(results),
        "lost": sorted({item for result in results for item in result["lost"]}),
    }
