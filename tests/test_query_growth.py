"""A page's query count stays the same when the content it shows grows tenfold."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from pages.models import PriorityIndexPage, PriorityPage
from programmes.models import ExhibitionPage, HallPage


def queries_for(client, path):
    client.get(path)  # warm the caches that every page shares
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


@translation.override("en")
def grow(make_event, factor):
    index = PriorityIndexPage.objects.get()
    hall = HallPage.objects.get(slug="seoul")
    today = timezone.localdate()
    for number in range(factor):
        index.add_child(
            instance=PriorityPage(title=f"Extra priority {number}", slug=f"extra-{number}", short_name="X", summary="S")
        )
        hall.add_child(
            instance=ExhibitionPage(
                title=f"Extra exhibition {number}",
                slug=f"extra-{number}",
                introduction="S",
                opens_on=today - datetime.timedelta(days=1),
            )
        )
        make_event(hall=hall)


@pytest.mark.slow
@pytest.mark.parametrize(
    "path", ["/ko/", "/ko/priorities/", "/ko/priorities/economy/", "/ko/halls/", "/ko/halls/seoul/", "/ko/events/"]
)
def test_query_count_does_not_grow_with_content(client, make_event, path):
    before = queries_for(client, path)
    grow(make_event, 20)
    assert queries_for(client, path) == before
    assert before <= 12
