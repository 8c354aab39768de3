"""The initial content: the real starting site, complete in English and Korean, built idempotently."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command

from wagtail.models import Page, Revision, Site

from home.initial_content.builder import read_greeting
from home.models import HomePage
from pages.models import GreetingPage, OrganisationSettings, PriorityPage

PROJECT_COPY = Path(__file__).resolve().parents[2] / "home/initial_content/secretary-general-greeting.en.txt"
SHARED_SOURCE = Path(__file__).resolve().parents[3] / "shared/content/secretary-general-greeting.en.txt"


def page_snapshot():
    return sorted(Page.objects.values_list("url_path", "title_en", "title_ko", "latest_revision_id", "live"))


def test_loading_twice_changes_nothing(db):
    pages_before, revisions_before = page_snapshot(), Revision.objects.count()
    call_command("load_initial_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert page_snapshot() == pages_before
    assert Revision.objects.count() == revisions_before
    assert Site.objects.count() == 1
    assert OrganisationSettings.objects.count() == 1


def test_site_root_is_the_home_page(db):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page.pk).exists()


def test_four_priorities_in_order_with_korean(db):
    priorities = list(PriorityPage.objects.live().order_by("path"))
    assert [p.slug for p in priorities] == [
        "economy",
        "culture-and-tourism",
        "youth-and-future-generations",
        "partnerships",
    ]
    for priority in priorities:
        assert priority.title_ko and priority.summary_ko and len(priority.body_ko) == len(priority.body_en)
        assert len(priority.focus_areas_ko) == len(priority.focus_areas_en) >= 3


def test_project_copy_of_the_greeting_fixes_only_the_two_slips():
    copy = PROJECT_COPY.read_text(encoding="utf-8")
    assert "healty" not in copy and "ASEAN-Korea Center" not in copy
    if SHARED_SOURCE.exists():
        source = SHARED_SOURCE.read_text(encoding="utf-8")
        assert copy == source.replace("healty", "healthy").replace("ASEAN-Korea Center ", "ASEAN-Korea Centre ")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_greeting_page_contains_every_paragraph(client, db, language):
    source = read_greeting(language)
    response = client.get(f"/{language}/about/greetings/")
    text = " ".join(BeautifulSoup(response.content, "html.parser").main.get_text(" ").split())
    assert len(source["paragraphs"]) == 9
    for paragraph in [source["lead"], *source["paragraphs"]]:
        assert " ".join(paragraph.split()) in text
    greeting = GreetingPage.objects.get()
    assert getattr(greeting, f"signatory_name_{language}") in text


def test_signatory_in_korean(db):
    greeting = GreetingPage.objects.get()
    assert greeting.signatory_name_ko == "김해용"
    assert greeting.signatory_title_ko == "한-아세안센터 사무총장"
    assert greeting.signatory_name_en == "Kim Hae-yong"
