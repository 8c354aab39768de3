import pytest

from django.conf import settings
from django.test import override_settings

from publications.models import PublicationIndexPage, PublicationPage
from tests import factories


@pytest.fixture
def publication_index(db):
    """The test site's listing, without its own publication, so a test sees only what it creates."""
    index = PublicationIndexPage.objects.get()
    PublicationPage.objects.child_of(index).update(live=False)
    return index


@pytest.fixture
def make_publication(publication_index):
    """A published publication under the listing, with a file in each of `languages`."""

    def make(languages=("en",), publish=True, **fields):
        publication = factories.PublicationPageFactory(parent=publication_index, publish=False, **fields)
        for order, language in enumerate(languages):
            factories.PublicationFileFactory(page=publication, language=language, sort_order=order)
        if publish:
            publication.save_revision().publish()
            publication.refresh_from_db()
        return publication

    return make


@pytest.fixture
def file_storage(tmp_path):
    """Documents on disk, as in production: Wagtail's document view serves files from a real storage."""
    storages = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    with override_settings(STORAGES=storages, MEDIA_ROOT=tmp_path):
        yield tmp_path
