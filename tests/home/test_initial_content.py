"""The initial content: the real starting site from content/, complete in English and Korean, built idempotently."""

import datetime
import hashlib
import html
import io
import re
import shutil
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import Page, Revision, Site

from akc_site.languages import TRANSLATION_LANGUAGES
from home.initial_content import (
    CONTENT_DIR,
    page_contexts_to_ids,
    read_content,
    read_greeting,
    read_translations,
    source_texts,
    translation_problems,
)
from home.models import HomePage
from pages.models import GreetingPage, OrganisationSettings, PriorityPage, StandardPage
from programmes.models import EventPage, ExhibitionPage, HallPage
from programmes.opening_hours import CENTRE_TIME_ZONE

PROJECT_COPY = CONTENT_DIR / "secretary-general-greeting.en.txt"
SHARED_SOURCE = Path(__file__).resolve().parents[3] / "shared/content/secretary-general-greeting.en.txt"
KOREAN_PO = CONTENT_DIR / "locale/ko.po"
GREETING = "/about/greetings/"
# The lead and paragraphs of the Korean greeting as it was kept before the PO file, in
# home/initial_content/secretary-general-greeting.ko.txt (commit bb956b2): SHA-256 of the lead and
# the nine paragraphs joined by blank lines.
KOREAN_GREETING_SHA256 = "0a12f40b72d949c09a2b8d6803a839fa98439a9f18bbd8abff3fc19e0d198098"

# The rest of the suite runs on a small factory-built site; this module is about the real content.
pytestmark = [
    pytest.mark.usefixtures("initial_content"),
    pytest.mark.slow,
]


def page_snapshot():
    return sorted(Page.objects.values_list("url_path", "title_en", "title_ko", "latest_revision_id", "live"))


def load(**options):
    out = io.StringIO()
    call_command("load_initial_content", stdout=out, **options)
    return out.getvalue()


def korean_entries():
    return {entry.msgctxt: entry for entry in polib.pofile(str(KOREAN_PO))}


def korean_greeting():
    """The Korean lead and paragraphs of the greeting, as the PO file gives them."""
    entries = korean_entries()
    lead = entries[f"page:{GREETING}|lead"].msgstr
    paragraphs = []
    while (entry := entries.get(f"page:{GREETING}|body|paragraph-{len(paragraphs) + 1}")) is not None:
        paragraphs.append(html.unescape(re.fullmatch(r"<p>(.*)</p>", entry.msgstr, re.DOTALL)[1]))
    return lead, paragraphs


@pytest.fixture
def content_copy(tmp_path):
    """A copy of content/ to break."""
    directory = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, directory)
    return directory


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_loading_twice_changes_nothing(db):
    pages_before, revisions_before = page_snapshot(), Revision.objects.count()
    assert "(0 pages created)" in load()
    assert page_snapshot() == pages_before
    assert Revision.objects.count() == revisions_before
    assert Site.objects.count() == 1
    assert OrganisationSettings.objects.count() == 1


def test_site_root_is_the_home_page(db):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.site_name == "ASEAN-Korea Centre"
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page.pk).exists()


def test_every_page_of_the_content_exists_live_and_published(db):
    home = Site.objects.get(is_default_site=True).root_page
    specs = read_content().pages
    # 37 pages of the site (with the contact page) and its programmes, 5 of the news, 16 of the
    # Member States and publications.
    assert len(specs) == Page.objects.filter(depth__gte=2).count() == 58
    for spec in specs:
        page = Page.objects.get(url_path=f"{home.url_path}{spec.path[1:]}")
        assert page.specific_class is spec.model
        assert page.live and not page.has_unpublished_changes


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_page_renders_in_english_and_korean(client, db, language):
    home = Site.objects.get(is_default_site=True).root_page
    for spec in read_content().pages:
        page = Page.objects.get(url_path=f"{home.url_path}{spec.path[1:]}").specific
        response = client.get(f"/{language}{spec.path}")
        assert response.status_code == 200, spec.path
        title = getattr(page, f"title_{language}")
        assert title and title in BeautifulSoup(response.content, "html.parser").title.get_text(), spec.path


def test_organisation_settings_in_english_and_korean(db):
    details = OrganisationSettings.objects.get()
    assert details.organisation_name_en == "ASEAN-Korea Centre"
    assert details.organisation_name_ko == "한-아세안센터"
    assert details.address_ko == "(04520) 서울특별시 중구 세종대로 124\n한국프레스센터 8층"
    assert details.accessibility_page.slug == "accessibility"
    assert details.privacy_page.slug == "privacy"


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


def test_dates_are_relative_to_the_day_of_loading_in_korea_time(db):
    today = timezone.localdate(timezone.now(), CENTRE_TIME_ZONE)
    for spec in read_content().pages:
        if spec.model is EventPage:
            event = EventPage.objects.get(slug=spec.slug)
            starts = spec.values["starts_at"]
            written_day = today + datetime.timedelta(days=starts["days_from_today"])
            local_start = timezone.localtime(event.starts_at, CENTRE_TIME_ZONE)
            # The loader keeps the written time of day but may move an example, away from today,
            # to the next day its venue is open (EventPage.move_to_a_day_its_venue_is_open).
            assert local_start.time() == datetime.datetime.strptime(starts["time"], "%H:%M").time(), spec.slug
            shift = (local_start.date() - written_day).days
            assert abs(shift) <= 21, spec.slug
            assert shift == 0 or event.fits_its_venue(), spec.slug
            assert list(event.tags.names()) == ["sample"]
        elif spec.model is ExhibitionPage:
            exhibition = ExhibitionPage.objects.get(slug=spec.slug)
            assert exhibition.opens_on == today + datetime.timedelta(days=spec.values["opens_on"]["days_from_today"])


def test_sample_events_are_tagged(db):
    assert EventPage.objects.filter(tags__name="sample").count() >= 10


def test_seoul_hall_facts(db):
    seoul_hall = HallPage.objects.get(slug="seoul")
    assert "Korea Press Center" in seoul_hall.address_en
    assert seoul_hall.closed_on_public_holidays
    hours = dict(seoul_hall.weekly_hours_by_day())
    assert [len(hours[day]) for day in range(7)] == [1, 1, 1, 1, 1, 0, 0]
    assert hours[0][0].opens == datetime.time(9) and hours[0][0].closes == datetime.time(18)
    assert seoul_hall.is_open_at(datetime.datetime(2026, 12, 2, 10, 0, tzinfo=CENTRE_TIME_ZONE))
    assert not seoul_hall.is_open_at(datetime.datetime(2026, 12, 5, 10, 0, tzinfo=CENTRE_TIME_ZONE))
    assert not seoul_hall.is_open_at(datetime.datetime(2027, 3, 1, 10, 0, tzinfo=CENTRE_TIME_ZONE))


# A clock time or a weekday range in a hall's prose would restate its weekly schedule.
HOURS_IN_PROSE = re.compile(r"\d{1,2}:\d{2}|\d{1,2}시(?!간)|Monday to|every day|weekends|월요일부터|매일|주말")
HALL_TEXT_FIELDS = ("introduction", "search_description", "admission", "directions", "accessibility")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_hall_hours_are_stated_only_by_the_schedule(db, language):
    for hall in HallPage.objects.all():
        texts = [getattr(hall, f"{field}_{language}") or "" for field in HALL_TEXT_FIELDS]
        texts += [str(block.value) for block in getattr(hall, f"description_{language}")]
        for text in texts:
            assert not HOURS_IN_PROSE.search(text), (hall.slug, language, text)


def test_korean_particles_follow_the_hall_names_final_consonant():
    """아세안홀 ends in a consonant: 아세안홀은/이/을/과, never 는/가/를/와."""
    for entry in korean_entries().values():
        assert not re.search(r"아세안홀[는가를와]", entry.msgstr), entry.msgstr


def test_example_events_fall_on_days_their_venue_is_open(db):
    """Example dates are relative to the day of loading: none lands on a closed day or a holiday."""
    examples = EventPage.objects.filter(is_example=True).select_related("hall")
    assert examples
    assert [event.slug for event in examples if not event.fits_its_venue()] == []


def test_project_copy_of_the_greeting_fixes_only_the_two_slips():
    copy = PROJECT_COPY.read_text(encoding="utf-8")
    assert "healty" not in copy and "ASEAN-Korea Center" not in copy
    if SHARED_SOURCE.exists():
        source = SHARED_SOURCE.read_text(encoding="utf-8")
        assert copy == source.replace("healty", "healthy").replace("ASEAN-Korea Center ", "ASEAN-Korea Centre ")


def test_korean_greeting_is_the_korean_text_word_for_word():
    lead, paragraphs = korean_greeting()
    assert len(paragraphs) == 9
    assert lead.startswith("한-아세안센터는\n한-아세안 간 협력의 모멘텀을 가속화하여")
    assert paragraphs[0].startswith("한-아세안센터는 아세안과 한국 간 경제 및 사회·문화 관계 증진을 목적으로")
    assert paragraphs[-1].endswith("여러분의 변함없는 관심과 성원을 기대합니다. 감사합니다.")
    joined = "\n\n".join([lead, *paragraphs])
    assert hashlib.sha256(joined.encode()).hexdigest() == KOREAN_GREETING_SHA256


@pytest.mark.parametrize("language", ["en", "ko"])
def test_greeting_page_contains_every_paragraph(client, db, language):
    if language == "en":
        lead, paragraphs = read_greeting(PROJECT_COPY)
    else:
        lead, paragraphs = korean_greeting()
    response = client.get(f"/{language}{GREETING}")
    text = " ".join(BeautifulSoup(response.content, "html.parser").main.get_text(" ").split())
    assert len(paragraphs) == 9
    for paragraph in [lead, *paragraphs]:
        assert " ".join(paragraph.split()) in text
    greeting = GreetingPage.objects.get()
    assert getattr(greeting, f"signatory_name_{language}") in text


def test_signatory_in_korean(db):
    greeting = GreetingPage.objects.get()
    assert greeting.signatory_name_ko == "김해용"
    assert greeting.signatory_title_ko == "한-아세안센터 사무총장(2021~2024)"
    assert greeting.signatory_name_en == "Kim Hae-yong"
    # The greeting is of 2023; its signatory is no longer the Secretary General, so the term is stated.
    assert greeting.signatory_title_en == "Secretary General of the ASEAN-Korea Centre, 2021\u20132024"
    assert greeting.year == 2023


# Words near "ten" that make it history: the founding, the Council, before Timor-Leste, "then".
HISTORICAL_TEN = ("2009", "Council", "이사회", "Timor-Leste", "동티모르", "당시")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_page_presents_a_former_secretary_general_or_a_wrong_operator_as_current(client, db, language):
    """Kim Hae-yong (2021 to 2024) appears only with his term; Kim Jae-shin is named as the Secretary General
    since 2024; the Jeju hall's partner is the International Peace Foundation; ASEAN has eleven members."""
    seen_former = False
    for page in Page.objects.live().specific().exclude(depth=1):
        response = client.get(f"/{language}{page.url_path[len('/home') :]}")
        assert response.status_code == 200, page.url_path
        text = " ".join(BeautifulSoup(response.content, "html.parser").main.get_text(" ").split())
        for former in ("Kim Hae-yong", "김해용"):
            for found in re.finditer(re.escape(former), text):
                seen_former = True
                nearby = text[max(0, found.start() - 60) : found.end() + 80]
                assert "2021" in nearby and "2024" in nearby, (page.url_path, nearby)
        assert "Jeju Peace Institute" not in text and "제주평화연구원" not in text, page.url_path
        # "ten" only of the Centre's founding (2009), its Council, or ASEAN before Timor-Leste joined.
        for ten in re.finditer("ten ASEAN Member States|아세안 10개 회원국|10개국", text):
            window = text[max(0, ten.start() - 120) : ten.end() + 40]
            assert any(word in window for word in HISTORICAL_TEN), window
    assert seen_former, "the greeting and the priority pages quote him"
    about = client.get(f"/{language}/about/").content.decode()
    assert ("Kim Jae-shin" if language == "en" else "김재신") in about


# The Centre's real pages: in every language, translated (no fallback notice) but awaiting review.
REAL_PAGES = (
    "/",
    "/about/",
    "/about/greetings/",
    "/about/accessibility/",
    "/about/privacy/",
    "/events/",
    "/halls/",
    "/halls/seoul/",
    "/halls/jeju/",
    "/priorities/",
    "/priorities/economy/",
    "/priorities/culture-and-tourism/",
    "/priorities/youth-and-future-generations/",
    "/priorities/partnerships/",
)


@pytest.mark.parametrize("language", [language for language in TRANSLATION_LANGUAGES if language != "ko"])
def test_the_real_pages_read_in_every_language_and_await_review(client, db, language):
    for path in REAL_PAGES:
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, path
        page = BeautifulSoup(response.content, "html.parser")
        assert page.html["lang"] == language
        assert not page.select(".fallback-notice:not(.review-notice)"), (path, "shown in English")
        assert page.select(".review-notice"), (path, "visitors are told no translator has reviewed it")
        text = " ".join(page.main.get_text(" ").split())
        assert "Jeju Peace Institute" not in text, path
        for found in re.finditer("Kim Hae-yong", text):
            nearby = text[max(0, found.start() - 160) : found.end() + 160]  # word order differs by language
            assert "2021" in nearby and "2024" in nearby, (path, nearby)


def test_po_files_match_the_english_of_the_content():
    """Every entry names a text of the YAML with that text as its msgid, so an English edit left
    out of a PO file fails here; the Korean translates every text, every other language at least
    the Centre's real pages, without an empty or fuzzy entry."""
    texts = source_texts(read_content())
    translations = read_translations()
    assert set(translations) == set(TRANSLATION_LANGUAGES)
    for language, po in translations.items():
        assert translation_problems(language, po, texts) == []
        assert not [entry.msgctxt for entry in po if "fuzzy" in entry.flags or not entry.msgstr.strip()], language
        if language != "ko":
            assert po.metadata.get("X-Review-State") == "awaiting review", "made without a translator"
    korean = translations["ko"]
    assert not [entry for entry in korean if entry.obsolete or "fuzzy" in entry.flags or not entry.msgstr.strip()]
    assert sorted(entry.msgctxt for entry in korean) == sorted(texts)


def test_an_english_edit_without_its_po_entry_is_refused(db, content_copy):
    replace_in(content_copy / "pages.yaml", "title: About the Centre", "title: About us")
    with pytest.raises(CommandError, match=r"locale/ko.po, line \d+: the msgid of 'page:/about/\|title' is not"):
        load(content_dir=content_copy)


def test_a_malformed_yaml_file_is_a_clear_error(db, content_copy):
    replace_in(content_copy / "programmes.yaml", "pages:\n", "pages: [\n")
    with pytest.raises(CommandError, match=r"programmes.yaml: not valid YAML"):
        load(content_dir=content_copy)


def test_an_unknown_page_type_or_field_is_a_clear_error(db, content_copy):
    replace_in(content_copy / "pages.yaml", "type: pages.StandardPage", "type: pages.StandardPages")
    replace_in(content_copy / "programmes.yaml", "    category: film\n", "    categroy: film\n")
    with pytest.raises(CommandError) as error:
        load(content_dir=content_copy)
    message = str(error.value)
    assert "pages.yaml: /about/: unknown model 'pages.StandardPages'" in message
    assert "programmes.EventPage has no field 'categroy'" in message


def test_a_malformed_po_file_is_a_clear_error(db, content_copy):
    replace_in(content_copy / "locale/ko.po", 'msgctxt "page:/|title"\n', 'msgctxt "page:/|title"\nnot PO at all\n')
    with pytest.raises(CommandError, match=r"locale/ko.po: The file is not a valid PO file: Syntax error in po file"):
        load(content_dir=content_copy)


def test_a_po_file_for_no_site_language_is_refused(db, content_copy):
    shutil.copy(content_copy / "locale/ko.po", content_copy / "locale/xx.po")
    with pytest.raises(CommandError, match=r"locale/xx.po: 'xx' is not one of the site's languages"):
        load(content_dir=content_copy)


def test_import_problems_name_the_line_of_the_content_po_file(db, content_copy):
    """A rich-text problem is found by the PO import, in the mapped copy; it is reported at the line of
    the content's own file, and nothing is created."""
    StandardPage.objects.get(slug="privacy").delete()
    po_path = content_copy / "locale/ko.po"
    po = polib.pofile(str(po_path))
    entry = next(entry for entry in po if entry.msgctxt == "page:/about/privacy/|body|intro")
    entry.msgstr = "<p>닫히지 않은 문단"
    po.save(str(po_path))
    line = next(e.linenum for e in polib.pofile(str(po_path)) if e.msgctxt == "page:/about/privacy/|body|intro")
    with pytest.raises(CommandError, match=rf"locale/ko.po, line {line}: "):
        load(content_dir=content_copy)
    assert not StandardPage.objects.filter(slug="privacy").exists()


def test_a_rerun_keeps_the_editors_changes_and_translates_only_what_it_creates(db):
    about = StandardPage.objects.get(slug="about")
    about.title_ko = "한-아세안센터 소개"
    about.body_ko = []
    about.save_revision().publish()
    accessibility = StandardPage.objects.get(slug="accessibility")
    accessibility.introduction_ko = "편집자가 고친 소개"
    accessibility.save_revision()  # a draft, not published
    StandardPage.objects.get(slug="privacy").delete()
    revisions = {page.pk: page.revisions.count() for page in Page.objects.all()}

    output = load()

    assert "Created standard page: /home/about/privacy/" in output and "(1 pages created)" in output
    about.refresh_from_db()
    assert about.title_ko == "한-아세안센터 소개" and len(about.body_ko) == 0
    accessibility.refresh_from_db()
    assert accessibility.get_latest_revision_as_object().introduction_ko == "편집자가 고친 소개"
    assert {page.pk: page.revisions.count() for page in Page.objects.exclude(slug="privacy")} == revisions
    privacy = StandardPage.objects.get(slug="privacy")
    assert privacy.live and privacy.title_ko == "개인정보 처리방침"
    assert len(privacy.body_ko) == len(privacy.body_en) and privacy.body_ko[0].value.source.startswith("<p>한-아세안")


def test_page_contexts_to_ids_keeps_the_entries_of_the_given_pages():
    po = polib.POFile()
    po.metadata = {"Language": "ko", "Content-Type": "text/plain; charset=UTF-8"}
    for context, msgid, flags in [
        ("page:/about/|title", "About", []),
        ("page:/about/|body|intro", "<p>Intro</p>", ["fuzzy"]),
        ("page:/events/|title", "Events", []),
        ("settings:pages.OrganisationSettings|address", "Seoul", []),
    ]:
        po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=f"{msgid} (ko)", flags=flags))
    parsed = polib.pofile(str(po))

    mapped = page_contexts_to_ids(parsed, {"/about/": 12, "/halls/": 13})

    assert [(entry.msgctxt, entry.msgid, entry.msgstr, entry.flags) for entry in mapped] == [
        ("page:12|title", "About", "About (ko)", []),
        ("page:12|body|intro", "<p>Intro</p>", "<p>Intro</p> (ko)", ["fuzzy"]),
    ]
    assert [entry.occurrences for entry in mapped] == [[("original", str(entry.linenum))] for entry in parsed][:2]
    assert mapped.metadata["Language"] == "ko"
