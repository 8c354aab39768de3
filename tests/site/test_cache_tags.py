"""Cache tags (akc_site/cache_tags.py): collecting, versions, retiring."""

import datetime

import pytest

from django.utils import timezone

from akc_site import cache_tags
from pages.models import StandardPage


def test_pages_loaded_while_collecting_are_noted(about):
    with cache_tags.collecting() as collector:
        StandardPage.objects.get(pk=about.pk)
    assert collector.tags == {cache_tags.page_tag(about)}
    StandardPage.objects.get(pk=about.pk)  # outside a collector: nothing happens


def test_an_inner_collector_passes_its_tags_and_clock_changes_out(db):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    with cache_tags.collecting() as outer:
        with cache_tags.collecting() as inner:
            cache_tags.note(cache_tags.listing_tag("events", "hall", 3))
            cache_tags.changes_at(soon, None, timezone.now() - datetime.timedelta(days=1))
        assert inner.started_ns == outer.started_ns, "an inner value counts from the response's start"
    assert outer.tags == {"list:events:hall:3"} and outer.changes_at == soon


def test_retiring_changes_the_versions_an_entry_recorded(db):
    with cache_tags.collecting() as collector:
        cache_tags.note("page:1", "list:news")
    versions = cache_tags.current_versions(collector.tags, collector.started_ns)
    assert not cache_tags.changed_since(versions, collector.started_ns), "new tags get old versions"
    assert cache_tags.unchanged(versions)
    version = cache_tags.retire(["page:1"])
    assert not cache_tags.unchanged(versions)
    assert cache_tags.current_versions([cache_tags.ANY_PAGE_TAG], 0)[cache_tags.ANY_PAGE_TAG] == version, (
        "retiring a page retires the tag that stands for every page"
    )


def test_a_tag_retired_during_the_work_counts_as_changed(db):
    with cache_tags.collecting() as collector:
        cache_tags.note("page:7")
        cache_tags.retire(["page:7"])
    versions = cache_tags.current_versions(collector.tags, collector.started_ns)
    assert cache_tags.changed_since(versions, collector.started_ns)


def test_work_started_after_a_known_retirement_may_be_stored(db):
    version = cache_tags.retire(["page:7"])
    with cache_tags.started_after(version):
        with cache_tags.collecting() as collector:
            cache_tags.note("page:7")
        versions = cache_tags.current_versions(collector.tags, collector.started_ns)
        assert not cache_tags.changed_since(versions, collector.started_ns)
        cache_tags.retire(["page:7"])  # another retirement, later
        assert cache_tags.changed_since(cache_tags.current_versions(["page:7"], 0), collector.started_ns)


@pytest.mark.parametrize("count", [1, cache_tags.MAX_PAGE_TAGS])
def test_few_page_tags_are_kept(count):
    tags = {cache_tags.page_tag(number) for number in range(count)}
    assert cache_tags.condensed(tags) == tags
