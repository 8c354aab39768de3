"""Publishing purges the page and its home page from a CDN, in every language."""

from django.test import override_settings

from wagtail.contrib.frontend_cache.backends import BaseBackend

from akc_site.languages import LANGUAGE_CODES

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@override_settings(WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.site.test_cdn_purge.RecordingBackend"}})
def test_publishing_purges_every_language_of_the_page_and_home(about):
    PURGED.clear()
    about.save_revision().publish()
    for language in LANGUAGE_CODES:
        assert f"http://localhost/{language}/about/" in PURGED
        assert f"http://localhost/{language}/" in PURGED


def test_nothing_is_purged_without_a_cdn(about):
    PURGED.clear()
    about.save_revision().publish()
    assert PURGED == []
