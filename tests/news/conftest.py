import pytest

from news.models import NewsIndexPage, NewsPage
from tests import factories


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get()


@pytest.fixture
def only_test_news(news_index):
    """Unpublish the factory site's news so a listing shows only what a test creates."""
    NewsPage.objects.child_of(news_index).update(live=False)


@pytest.fixture
def make_news(news_index):
    """Create a live news item under the listing (a notice unless `kind` says otherwise)."""

    def make(**fields):
        return factories.NewsPageFactory(parent=news_index, publish=False, **fields)

    return make
