"""Three gunicorn workers without Redis (production settings, the database cache) agree at once.

With a cache private to each worker, a page made private stayed public on the others, an
unpublished page stayed up and a signed-out session still signed in. Each check sends its requests
to every worker (the access log names the worker of each) before and after the change.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.site.services import PROJECT_DIR, Workers, gunicorn_installed, prepare_site, production_environment

pytestmark = [pytest.mark.services, pytest.mark.slow]

EVENT = "asean-film-afternoon-stories-from-the-mekong"
EVENT_PATH = f"/en/events/{EVENT}/"
PASSWORD = "a-long-probe-password"

MAKE_PRIVATE = f"""
from wagtail.models import PageViewRestriction
from programmes.models import EventPage
PageViewRestriction.objects.create(page=EventPage.objects.get(slug="{EVENT}"), restriction_type="login")
"""
UNPUBLISH = """
from pages.models import StandardPage
StandardPage.objects.get(slug="privacy").unpublish()
"""
CREATE_EDITOR = f"""
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("probe", "probe@example.org", "{PASSWORD}")
"""


@pytest.fixture(scope="module")
def site():
    gunicorn_installed()
    folder = Path(tempfile.mkdtemp(prefix="akc-workers-"))
    environment = production_environment(f"sqlite:///{folder / 'db.sqlite3'}", None, folder / "var")
    try:
        prepare_site(environment)
        manage(environment, CREATE_EDITOR)
        workers = Workers(environment, folder / "access.log")
        yield workers, environment
        workers.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def manage(environment, code):
    subprocess.run(  # noqa: S603 -- an editor's change, in a process of its own
        [sys.executable, "manage.py", "shell", "-c", code], cwd=PROJECT_DIR, env=environment, check=True
    )


def everywhere(workers, path, label, headers=None, rounds=5):
    """The statuses and texts of requests that reached every worker. On a busy machine one worker
    can take a whole round of requests, so rounds are sent until each worker has answered some."""
    responses, pids = [], set()
    for round_number in range(rounds):
        more, answered = workers.many(path, f"{label}-{round_number}", headers=headers)
        responses += more
        pids |= answered
        if len(pids) == workers.workers:
            break
    assert len(pids) == workers.workers, f"{label}: only {len(pids)} workers answered in {rounds} rounds"
    return {response.status for response in responses}, [response.text for response in responses]


def test_the_cache_is_the_database_one(site):
    workers, environment = site
    assert "REDIS_URL" not in environment
    assert workers.request("/readyz").text == '{"status": "ready", "database": true, "cache": true}'


def test_a_page_made_private_stops_being_public_on_every_worker(site):
    workers, environment = site
    search = f"/en/search/?q={quote('Mekong film')}"
    for label, path in (("page", EVENT_PATH), ("calendar", f"{EVENT_PATH}calendar.ics")):
        assert everywhere(workers, path, f"public-{label}")[0] == {200}
    statuses, texts = everywhere(workers, search, "public-search")
    assert statuses == {200} and all(EVENT in text for text in texts)
    assert all(EVENT in text for text in everywhere(workers, "/en/events/", "public-listing")[1])

    manage(environment, MAKE_PRIVATE)

    for label, path in (("page", EVENT_PATH), ("calendar", f"{EVENT_PATH}calendar.ics")):
        statuses, texts = everywhere(workers, path, f"private-{label}")
        assert statuses == {302}, f"{label}: sign-in asked on every worker"
        assert not any("BEGIN:VEVENT" in text for text in texts)
    for label, path in (("search", search), ("listing", "/en/events/")):
        statuses, texts = everywhere(workers, path, f"private-{label}")
        assert statuses == {200} and not any(EVENT in text for text in texts), f"{label} no longer lists it"


def test_an_unpublished_page_is_gone_from_every_worker(site):
    workers, environment = site
    assert everywhere(workers, "/en/about/privacy/", "published")[0] == {200}
    manage(environment, UNPUBLISH)
    assert everywhere(workers, "/en/about/privacy/", "unpublished")[0] == {404}


def test_signing_out_signs_out_on_every_worker(site):
    workers, _environment = site
    csrf = workers.request("/admin/login/").cookie("csrftoken")
    form = f"username=probe&password={PASSWORD}&csrfmiddlewaretoken={csrf}"
    signed_in = workers.request(
        "/admin/login/",
        method="POST",
        body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"},
    )
    assert signed_in.status == 302, signed_in.text[:500]
    session, csrf = signed_in.cookie("sessionid"), signed_in.cookie("csrftoken") or csrf
    cookies = {"Cookie": f"sessionid={session}; csrftoken={csrf}"}
    assert everywhere(workers, "/admin/", "signed-in", headers=cookies)[0] == {200}

    signed_out = workers.request("/admin/logout/", method="POST", headers={**cookies, "X-CSRFToken": csrf})
    assert signed_out.status == 302

    assert everywhere(workers, "/admin/", "signed-out", headers=cookies)[0] == {302}, "the old cookie is refused"
