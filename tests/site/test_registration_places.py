"""Many visitors register for the last places at once: PostgreSQL, several gunicorn workers, production
settings. The lock on the event's row (registrations/places.py) confirms exactly as many as there are
places; everyone else waits."""

import re
import shutil
import sys
import tempfile
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.servers import run
from tests.site.services import (
    DATABASE,
    PROJECT_DIR,
    Workers,
    postgres_cluster,
    prepare_site,
    production_environment,
)

pytestmark = [pytest.mark.services, pytest.mark.slow]

PLACES = 3
VISITORS = 12
SET_PLACES = f"""
from programmes.models import EventPage
event = EventPage.objects.get(slug="asean-batik-workshop")
event.registration_capacity = {PLACES}
event.save_revision().publish()
print(event.pk)
"""
COUNT = """
from registrations.models import Registration
print(Registration.objects.filter(status="confirmed").count(), Registration.objects.filter(status="waiting").count())
"""


def manage(environment, code):
    return run([sys.executable, "manage.py", "shell", "-c", code], cwd=PROJECT_DIR, env=environment).stdout.strip()


@pytest.fixture(scope="module")
def site():
    folder = Path(tempfile.mkdtemp(prefix="akc-registrations-"))
    folder.chmod(0o755)  # the postgres user must reach it
    postgres = postgres_cluster(folder / "postgres")
    environment = production_environment(postgres.url(DATABASE), None, folder / "var")
    # Sends as fast as a script can, all from one address: neither guard is what is tested here.
    environment.update(FORM_MIN_FILL_SECONDS="0", FORM_SENDS_PER_HOUR="1000")
    try:
        prepare_site(environment)
        event_id = manage(environment, SET_PLACES).splitlines()[-1]
        workers = Workers(environment, folder / "access.log", workers=4)
        yield workers, environment, event_id
        workers.stop()
    finally:
        postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)


def hidden_value(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def test_the_last_places_go_to_exactly_as_many_as_there_are(site):
    workers, environment, event_id = site
    path = f"/en/registrations/{event_id}/"
    forms = []
    for number in range(VISITORS):
        page = workers.request(path)
        assert page.status == 200
        forms.append((number, page.cookie("csrftoken"), page.text))

    def register(form):
        number, csrf_cookie, html = form
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": hidden_value(html, "csrfmiddlewaretoken"),
                "started": hidden_value(html, "started"),
                "name": f"Visitor {number}",
                "email": f"visitor{number}@example.org",
                "access_needs": "",
                "homepage": "",
                "consent": "on",
            }
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf_cookie}"}
        return workers.request(path, method="POST", headers=headers, body=body, probe=f"register-{number}")

    with ThreadPoolExecutor(max_workers=VISITORS) as pool:
        responses = list(pool.map(register, forms))
    assert [response.status for response in responses] == [302] * VISITORS, [
        response.text[:300] for response in responses
    ]
    assert len(workers.pids([f"register-{number}" for number in range(VISITORS)])) > 1, "several workers took part"
    confirmed, waiting = map(int, manage(environment, COUNT).splitlines()[-1].split())
    assert (confirmed, waiting) == (PLACES, VISITORS - PLACES)
