"""The site at scale, in miniature: PostgreSQL, Redis, S3 (moto_server), SMTP (aiosmtpd), a CDN that
purges slowly, two gunicorn servers with separate local folders and one background worker.

Proves scheduled publishing by the worker, uploads shared through the bucket (with renditions), the
CDN purge after commit and off the editor's publish, moderation notices by e-mail, and backups that
carry the bucket's objects. Production settings throughout (docs/deployment.md).
"""

import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import requests
from PIL import Image as PillowImage

from bench.servers import run
from tests.site.services import (
    DATABASE,
    PROJECT_DIR,
    AppServer,
    MotoServer,
    PurgeReceiver,
    SMTPServer,
    Worker,
    gunicorn_installed,
    postgres_cluster,
    prepare_site,
    production_environment,
    redis_server,
)

pytestmark = [pytest.mark.services, pytest.mark.slow]

BUCKET = "akc-media"
PASSWORD = "operations-test-password-1"


def manage(environment, *arguments):
    try:
        return run([sys.executable, "manage.py", *arguments], cwd=PROJECT_DIR, env=environment).stdout
    except subprocess.CalledProcessError as error:
        raise AssertionError(f"manage.py {' '.join(arguments)[:80]} failed:\n{error.stderr[-3000:]}") from None


def shell(environment, code):
    return manage(environment, "shell", "-c", code)


def until(condition, seconds):
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


@pytest.fixture(scope="module")
def site():
    gunicorn_installed()
    # Not under pytest's own temporary folder: the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="akc-operations-"))
    folder.chmod(0o755)
    stoppable = []
    try:
        postgres = postgres_cluster(folder / "postgres")
        stoppable.append(postgres)
        redis = redis_server()
        stoppable.append(redis)
        bucket = MotoServer(BUCKET)
        stoppable.append(bucket)
        smtp = SMTPServer()
        stoppable.append(smtp)
        cdn = PurgeReceiver(delay=5.0)
        stoppable.append(cdn)
        base = production_environment(postgres.url(DATABASE), redis.url(), folder / "worker")
        base.update(
            bucket.environment(),
            EMAIL_URL=smtp.url,
            DEFAULT_FROM_EMAIL="website@example.org",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1",
            LOG_LEVEL="INFO",
        )
        prepare_site(base)
        # The CDN from here on: the initial content's pages need no purge.
        base.update(FRONTEND_CACHE_PURGE_URL=cdn.url, FRONTEND_CACHE_PURGE_TIMEOUT="10")
        shell(
            base,
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_superuser('operator', 'operator@example.org', '{PASSWORD}')",
        )
        # Each app server has its own local folder (static files, nothing else): uploads live in the bucket.
        environments = [{**base, "AKC_VAR_DIR": str(folder / f"server{number}")} for number in (1, 2)]
        for environment in environments:
            manage(environment, "collectstatic", "--noinput")
        servers = [AppServer(environment) for environment in environments]
        stoppable.extend(servers)
        worker = Worker(base, folder / "worker.log")
        stoppable.append(worker)
        # The initial content's search index and references, queued by prepare_site: done before the tests.
        assert until(lambda: "Scheduled" not in manage(base, "shell", "-c", QUEUE_EMPTY), seconds=120)
        yield {"servers": servers, "environment": base, "bucket": bucket, "smtp": smtp, "cdn": cdn, "folder": folder}
    finally:
        for service in reversed(stoppable):
            service.stop()
        shutil.rmtree(folder, ignore_errors=True)


QUEUE_EMPTY = """
from django_tasks_db.models import DBTaskResult
print("Scheduled" if DBTaskResult.objects.ready().exists() else "empty")
"""


SCHEDULE = """
import datetime
from django.utils import timezone
from pages.models import StandardPage
about = StandardPage.objects.get(slug="about")
page = StandardPage(title="Scheduled notice", slug="scheduled-notice", live=False)
about.add_child(instance=page)
page.go_live_at = timezone.now() + datetime.timedelta(seconds=3)
page.save_revision().publish()
page.refresh_from_db()
assert not page.live
"""


def test_a_scheduled_page_goes_live_by_itself(site):
    first, second = site["servers"]
    shell(site["environment"], SCHEDULE)
    assert first.get("/en/about/scheduled-notice/")[0] == 404
    for server in (first, second):
        assert until(lambda server=server: server.get("/en/about/scheduled-notice/")[0] == 200, seconds=20)


PUBLISH = """
import time
from pages.models import StandardPage
about = StandardPage.objects.get(slug="about")
about.title_en = "About the ASEAN-Korea Centre (after commit)"
started = time.monotonic()
about.save_revision().publish()
print(f"published in {time.monotonic() - started:.3f}")
"""


def test_the_cdn_is_purged_after_the_commit_without_slowing_the_publish(site):
    first, _second = site["servers"]
    cdn = site["cdn"]
    cdn.purges.clear()
    cdn.on_purge = lambda path: first.get(path)[1] if path == "/en/about/" else None
    started = time.monotonic()
    output = shell(site["environment"], PUBLISH)
    publish_seconds = float(re.search(r"published in ([\d.]+)", output).group(1))
    assert publish_seconds < 2, f"the publish took {publish_seconds:.1f} s with a CDN that answers in 5 s"
    assert until(lambda: {"/en/about/", "/ko/about/", "/en/"} <= cdn.paths(), seconds=60), f"purged: {cdn.paths()}"
    # The purge came after the commit: the page fetched again when the purge arrived has the new title.
    [fetched] = [html for path, _time, html in cdn.purges if path == "/en/about/"]
    assert "(after commit)" in fetched
    assert time.monotonic() - started < 90


def png(width, height):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (200, 40, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


class AdminSession:
    """An editor's browser: as if over HTTPS (the load balancer's X-Forwarded-Proto), cookies kept by hand
    because production's cookies are Secure and this is plain HTTP on loopback."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}

    def request(self, method, path, **kwargs):
        address = self.server.url(path)
        headers = {"X-Forwarded-Proto": "https", "Referer": address.replace("http://", "https://", 1)}
        data = kwargs.pop("data", None)
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        response = requests.request(
            method,
            address,
            headers=headers,
            cookies=self.cookies,
            data=data,
            timeout=60,
            allow_redirects=False,
            **kwargs,
        )
        self.cookies.update(response.cookies.items())
        return response

    def sign_in(self):
        self.request("GET", "/admin/login/")
        response = self.request("POST", "/admin/login/", data={"username": "operator", "password": PASSWORD})
        assert response.status_code == 302, response.text[:500]
        return self


USE_AS_HERO = """
from home.models import HomePage
from images.models import SiteImage
home = HomePage.objects.get()
home.hero_image = SiteImage.objects.get(title="Shared hero")
home.save_revision().publish()
"""


def test_an_image_uploaded_through_one_server_is_shown_with_renditions_by_the_other(site):
    first, second = site["servers"]
    session = AdminSession(first).sign_in()
    session.request("GET", "/admin/images/add/")
    response = session.request(
        "POST",
        "/admin/images/add/",
        data={"title": "Shared hero", "collection": "1"},
        files={"file": ("shared-hero.png", png(1600, 900), "image/png")},
    )
    assert response.status_code == 302, response.text[:1000]
    assert any(key.startswith("original_images/shared-hero") for key in site["bucket"].object_keys())

    shell(site["environment"], USE_AS_HERO)

    def home_with_hero():
        html = second.get("/en/")[1]
        return html if "hero__image" in html else None

    html = until(home_with_hero, seconds=10)
    assert html, "the second server shows the hero image"
    sources = re.findall(r'src="([^"]+)"', html) + re.findall(r'srcset="([^" ]+)', html)
    renditions = [source.replace("&amp;", "&") for source in sources if "/images/" in source and BUCKET in source]
    assert renditions, "rendition addresses in the bucket"
    for address in renditions[:3]:
        with urllib.request.urlopen(address, timeout=30) as image:  # noqa: S310 -- moto on loopback
            assert image.status == 200 and image.headers["Content-Type"].startswith("image/")
    assert any(key.startswith("images/shared-hero") for key in site["bucket"].object_keys()), "renditions in the bucket"
    assert "hero__image" in first.get("/en/")[1], "and the first server shows it too"


ADD_DOCUMENT = """
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
document = Document(title="Annual report")
document.file.save("annual-report.txt", ContentFile(b"The Centre's year, in the bucket."))
print(document.url)
"""


def test_a_document_in_the_bucket_leaves_only_through_wagtails_view(site):
    _first, second = site["servers"]
    address = shell(site["environment"], ADD_DOCUMENT).strip().splitlines()[-1]
    assert address.startswith("/documents/"), "the document's address is Wagtail's view, not the bucket"
    assert any(key.startswith("documents/annual-report") for key in site["bucket"].object_keys())
    status, body, headers = second.get(address)
    assert status == 200 and body == "The Centre's year, in the bucket."
    assert "attachment" in headers.get("Content-Disposition", "") or headers.get("Content-Type", "").startswith("text/")


MODERATION = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from pages.models import StandardPage
User = get_user_model()
moderator = User.objects.create_user("moderator", "moderator@example.org", "moderator-password-1")
moderator.groups.add(Group.objects.get(name="Moderators"))
submitter = User.objects.get(username="operator")
about = StandardPage.objects.get(slug="about")
about.save_revision(user=submitter)
about.get_workflow().start(about, submitter)
"""


def test_a_moderation_notice_is_delivered_by_smtp_from_the_worker(site):
    inbox = site["smtp"].inbox
    started = time.monotonic()
    shell(site["environment"], MODERATION)
    assert time.monotonic() - started < 30
    assert until(
        lambda: any("moderator@example.org" in recipients for recipients, _message in inbox.messages), seconds=20
    ), "the worker sent the notice"
    [message] = [message for recipients, message in inbox.messages if "moderator@example.org" in recipients]
    assert message["From"] == "website@example.org"
    assert "About" in message["Subject"]


def test_backup_and_restore_carry_the_buckets_objects(site):
    environment, bucket = site["environment"], site["bucket"]
    backup = site["folder"] / "backup"
    manage(environment, "backup_site", str(backup))
    originals = [key for key in bucket.object_keys() if key.startswith("original_images/shared-hero")]
    assert originals and all((backup / "media" / key).exists() for key in originals)
    bucket.client().delete_object(Bucket=BUCKET, Key=originals[0])
    assert originals[0] not in bucket.object_keys()
    manage(environment, "restore_site", "--noinput", str(backup))
    assert originals[0] in bucket.object_keys(), "restored into the bucket"
