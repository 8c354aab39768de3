import datetime

import pytest

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import Locale, Page

from news.choices import NewsKind
from news.models import NewsPage
from tests import factories


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


def grow_news(news_index, count, **fields):
    """Add `count` live news items under the listing in a few bulk writes (the tree's paths by hand),
    notices and photo reports alternately, one an hour back from now."""
    news_index.refresh_from_db()
    first = news_index.numchild + 1
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(NewsPage)
    locale = Locale.get_default()
    pages = []
    for number in range(first, first + count):
        slug = f"grown-{number}"
        pages.append(
            Page(
                title_en=f"Grown item {number}",
                title_ko=f"소식 {number}",
                draft_title=f"Grown item {number}",
                slug=slug,
                path=Page._get_path(news_index.path, news_index.depth + 1, number),
                depth=news_index.depth + 1,
                numchild=0,
                url_path=f"{news_index.url_path}{slug}/",
                content_type=content_type,
                locale=locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages)
    for page in Page.objects.filter(path__in=[page.path for page in pages]):
        number = int(page.slug.rsplit("-", 1)[1])
        item = NewsPage(
            page_ptr_id=page.pk,
            kind=NewsKind.NOTICE if number % 2 else NewsKind.PHOTO_REPORT,
            published_at=now - datetime.timedelta(hours=number),
            introduction_en=f"Introduction {number}",
            **fields,
        )
        item.save_base(raw=True)
    Page.objects.filter(pk=news_index.pk).update(numchild=news_index.numchild + count)
