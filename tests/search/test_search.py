"""Site search: every public page in the visitor's language with English fallback, odd queries, SEO tags."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site

from akc_site.languages import LANGUAGE_CODES
from pages.blocks import HEADING_LEVELS
from pages.models import StandardPage
from pages.site_tree import public_pages
from search import matching
from search.matching import full_text_matches
from search.query import MAX_QUERY_LENGTH, parse_query, term_pattern
from search.results import highlight, specific_pages
from tests.factories import body, korean_of

# A word inside a longer run of text with no spaces, for each language written that way.
RUN_TOGETHER_TEXTS = {
    "th": ("ศูนย์อาเซียนเกาหลีจัดงานเทศกาลวัฒนธรรมประจำปีที่กรุงโซล", "เทศกาล"),
    "km": ("មជ្ឈមណ្ឌលអាស៊ានកូរ៉េរៀបចំមហោស្រពវប្បធម៌ប្រចាំឆ្នាំ", "មហោស្រព"),
    "lo": ("ສູນອາຊຽນເກົາຫຼີຈັດງານບຸນວັດທະນະທໍາປະຈໍາປີ", "ວັດທະນະທໍາ"),
    "my": ("အာဆီယံကိုရီးယားစင်တာကယဉ်ကျေးမှုပွဲတော်ကိုနှစ်စဉ်ကျင်းပသည်", "ပွဲတော်"),
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def search(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def text(element):
    return " ".join(element.get_text().split())


def result_titles(response):
    return [text(link) for link in soup(response).select(".search-found .search-result__title a")]


def publish_with(page, **fields):
    """Give the page these field values (by their language suffixes) and publish it."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def result_for(response, title):
    for item in soup(response).select(".search-found .search-result"):
        if text(item.select_one(".search-result__title a")) == title:
            return item
    raise AssertionError(f"{title!r} is not among {result_titles(response)}")


@pytest.fixture
def add_page(about):
    """A live standard page under About; keyword arguments give its fields in any language."""

    def add(slug, **fields):
        with translation.override("en"):
            page = StandardPage(slug=slug, **fields)
            about.add_child(instance=page)
            page.save_revision().publish()
        return page

    return add


def test_finds_a_page_by_english_text_and_marks_the_words(client, about):
    publish_with(about, introduction_en="An intergovernmental organisation of eleven governments.")
    response = search(client, "en", "intergovernmental")
    assert about.title_en in result_titles(response)
    marks = [mark.get_text() for mark in soup(response).select(".search-result__snippet mark")]
    assert marks and all(mark.lower() == "intergovernmental" for mark in marks)


def test_result_shows_its_page_type(client, priority):
    publish_with(priority, summary_en="Trade, investment and e-mobility.")
    item = result_for(search(client, "en", "e-mobility"), priority.title_en)
    assert item.select_one(".search-result__kind").get_text(strip=True) == "Strategic priority"


def test_finds_a_page_by_korean_text_and_shows_it_in_korean(client, priority):
    publish_with(priority, summary_en="Cooperation on electric mobility.", summary_ko="전기 모빌리티 협력.")
    response = search(client, "ko", "모빌리티")
    item = result_for(response, priority.title_ko)
    assert item.select_one("a")["href"] == "/ko/priorities/economy/"
    assert "모빌리티" in item.select_one(".search-result__snippet mark").get_text()
    assert item.select_one(".search-result__kind").get_text(strip=True) == "전략 분야"
    assert not item.select("[lang=en]"), "a Korean translation exists, so nothing falls back"


def test_finds_a_korean_word_with_a_particle_attached(client, about):
    # "센터" (centre) only occurs joined to other words, as in "한-아세안센터를".
    publish_with(about, title_ko="한-아세안센터를 소개합니다")
    assert "센터" not in about.title_ko.split()
    assert about.title_ko in result_titles(search(client, "ko", "센터"))


@pytest.mark.parametrize("language", list(RUN_TOGETHER_TEXTS))
def test_finds_a_word_inside_a_longer_run_of_text(client, add_page, language):
    text, word = RUN_TOGETHER_TEXTS[language]
    page = add_page(
        "culture-festival", title="Annual culture festival", introduction="A festival of ASEAN cultures in Seoul."
    )
    setattr(page, f"introduction_{language}", text)
    page.save_revision().publish()
    if language == "th":
        assert page.pk not in full_text_matches(Page.objects.live(), [word]), "the word index alone cannot find it"
    item = result_for(search(client, language, word), "Annual culture festival")
    snippet = item.select_one(".search-result__snippet")
    assert snippet.select_one("mark").get_text() == word
    assert not snippet.has_attr("lang"), "the snippet is in the visitor's language"
    assert item.select_one(".search-result__title a")["lang"] == "en", "the title falls back to English"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_snippets_read_like_the_page_without_block_labels(client, add_page, language):
    with translation.override(language):
        label = str(HEADING_LEVELS[0][1])  # "Section heading (H2)" / "섹션 제목(H2)"
    english = body("Making kimchi together", "Visitors make kimchi with a chef.")
    add_page("kimchi-workshop", title="Kimchi workshop", body_en=english, body_ko=korean_of(english))
    query = "kimchi" if language == "en" else "한국어"
    snippet = text(result_for(search(client, language, query), "Kimchi workshop"))
    assert label not in snippet and "(H2)" not in snippet, snippet


def test_thai_visitor_finds_english_text_shown_as_the_english_fallback(client, about):
    publish_with(about, introduction_en="An intergovernmental organisation of eleven governments.")
    assert not about.title_th and not about.introduction_th
    item = result_for(search(client, "th", "intergovernmental"), about.title_en)
    assert item.select_one(".search-result__title a")["lang"] == "en"
    assert item.select_one(".search-result__snippet")["lang"] == "en"
    assert item.select_one("a")["href"] == "/th/about/"


def test_translated_result_is_shown_in_the_visitors_language(client, add_page):
    add_page(
        "thai-translated",
        title="Mekong friendship day",
        title_th="วันมิตรภาพแม่โขง",
        introduction="Celebrating the Mekong friendship.",
        introduction_th="ฉลองมิตรภาพแม่โขงที่ศูนย์",
    )
    item = result_for(search(client, "th", "Mekong"), "วันมิตรภาพแม่โขง")
    assert not item.select_one(".search-result__title a").has_attr("lang")


def test_event_results_show_their_dates(client, make_event):
    event = make_event(title="Batik workshop", introduction="Learn batik with Indonesian artists.")
    event.save_revision().publish()
    item = result_for(search(client, "en", "batik"), "Batik workshop")
    assert item.select_one(".search-result__dates time")["datetime"].startswith(event.local_start.date().isoformat())


def test_drafts_and_draft_changes_never_appear(client, about, add_page):
    with translation.override("en"):
        draft = StandardPage(title="Unreleased zebrafish report", slug="zebrafish", live=False)
        about.add_child(instance=draft)
        draft.save_revision()
    live = add_page("quokka", title="Quokka visit", introduction="A visit.")
    live.introduction = "A visit, now with an unpublished wombat."
    live.save_revision()  # a draft change of a live page
    assert result_titles(search(client, "en", "zebrafish")) == []
    assert result_titles(search(client, "en", "wombat")) == []
    assert result_titles(search(client, "en", "quokka")) == ["Quokka visit"]


def test_private_pages_and_their_children_never_appear(client, add_page):
    private = add_page("members", title="Members area", introduction="For capybara members only.")
    with translation.override("en"):
        child = StandardPage(title="Capybara minutes", slug="minutes", introduction="Capybara minutes.")
        private.add_child(instance=child)
        child.save_revision().publish()
    assert len(result_titles(search(client, "en", "capybara"))) == 2
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert result_titles(search(client, "en", "capybara")) == []


def test_unpublished_page_disappears_and_new_page_appears_at_once(client, add_page):
    page = add_page("okapi", title="Okapi exhibition", introduction="Okapi.")
    assert result_titles(search(client, "en", "okapi")) == ["Okapi exhibition"]
    page.unpublish()
    assert result_titles(search(client, "en", "okapi")) == []


def test_promoted_results_come_first(client, about, greeting, add_page):
    private = add_page("private-pick", title="Private pick", introduction="Hidden.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    query = Query.objects.create(query_string="visa")
    SearchPromotion.objects.create(query=query, page=greeting, sort_order=0, description="Our greeting.")
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.visa.go.kr/",
        external_link_text="Korea Visa Portal",
        sort_order=1,
    )
    SearchPromotion.objects.create(query=query, page=private, sort_order=2)
    add_page("visa-guide", title="Visa guide", introduction="How to apply for a visa to Korea.")
    response = search(client, "ko", "Visa!")
    promoted = soup(response).select(".search-promoted .search-result__title a")
    assert [text(link) for link in promoted] == [greeting.title_ko, "Korea Visa Portal"]
    assert promoted[0]["href"] == "/ko/about/greetings/"
    headings = [heading.get_text(strip=True) for heading in soup(response).select("main h2")]
    assert headings[0] == "추천"
    assert "Visa guide" in result_titles(response)
    assert greeting.title_ko not in result_titles(response), "a promoted page is not listed twice"
    assert "Private pick" not in response.content.decode()


def test_results_are_paginated(client, make_event):
    for number in range(12):
        make_event(title=f"Pangolin talk {number}", introduction="A talk about pangolins.").save_revision().publish()
    first = search(client, "en", "pangolin")
    assert len(result_titles(first)) == 10
    assert soup(first).select_one("#results-title").get_text(strip=True).startswith("12 pages")
    second = search(client, "en", "pangolin", page=2)
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert result_titles(search(client, "en", "pangolin", page="abc")) == result_titles(first)
    assert result_titles(search(client, "en", "pangolin", page="99999")) == result_titles(second)


ODD_QUERIES = [
    ("", "Type one or more words"),
    ("     ", "Type one or more words"),
    ("ASEAN " * 400, "too long"),
    ("!!! ??? ...", "punctuation"),
    ("'; DROP TABLE wagtailcore_page; --", "No pages match"),
    ('"unbalanced quote', "No pages match"),
    ("NEAR(a b) AND OR NOT * title:x ^y", "No pages match"),
    ("\x00\x01nul", "No pages match"),
]


@pytest.mark.parametrize(("query", "message"), ODD_QUERIES)
def test_odd_queries_get_a_helpful_page(client, db, query, message):
    response = search(client, "en", query)
    assert message in soup(response).main.get_text()
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("raw", ["q=%FF%FE%FD", "q=%C3%28ASEAN", "q=%00", "q=a&q=b", "page=%FF"])
def test_non_utf8_and_repeated_parameters_never_fail(client, db, raw):
    assert client.get(f"/en/search/?{raw}").status_code == 200


def test_sql_looking_query_leaves_the_database_alone(client, db):
    before = Page.objects.count()
    search(client, "en", "'); DELETE FROM wagtailcore_page; --")
    assert Page.objects.count() == before


def test_query_is_echoed_escaped(client, db):
    response = search(client, "en", '<script>alert("ASEAN")</script>')
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert" in content
    assert soup(response).select_one("#search-query")["value"] == '<script>alert("ASEAN")</script>'


def test_long_query_is_shortened_in_the_form(client, db):
    response = search(client, "en", "x" * 2048)
    assert len(soup(response).select_one("#search-query")["value"]) == MAX_QUERY_LENGTH


def test_search_page_is_not_indexed(client, db):
    response = search(client, "en", "ASEAN")
    assert soup(response).select_one('meta[name="robots"]')["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"


def test_search_page_has_a_labelled_form_and_one_heading(client, db):
    document = soup(search(client, "th", "ASEAN"))
    assert document.html["lang"] == "th"
    assert len(document.find_all("h1")) == 1
    field = document.select_one("main form[role=search] input[name=q]")
    assert document.select_one(f"label[for={field['id']}]").get_text(strip=True)


def count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.slow
def test_search_query_count_is_bounded_and_does_not_grow(client, add_page, priority, make_event):
    for number in range(3):
        add_page(f"asean-{number}", title=f"ASEAN page {number}", introduction="About ASEAN.")
    publish_with(priority, summary_en="ASEAN and Korea.")
    path = "/en/search/?q=ASEAN"
    before = count_queries(client, path)
    found = result_titles(client.get(path))
    assert {"ASEAN page 0", "ASEAN page 1", "ASEAN page 2", priority.title} <= set(found), "pages and a priority found"
    assert before <= 12
    for number in range(30):
        make_event(title=f"ASEAN forum {number}").save_revision().publish()
    # The first results are now events rather than the initial pages: other page types, the same count.
    assert count_queries(client, path) == before


def test_results_of_any_mix_of_page_types_are_loaded_in_two_queries(
    db, about, priority, make_event, django_assert_num_queries
):
    event = make_event()
    ids = [about.pk, priority.pk, event.pk, about.get_parent().pk]
    with django_assert_num_queries(2):
        pages = specific_pages(ids)
        assert [type(pages[pk]).__name__ for pk in (about.pk, priority.pk, event.pk)] == [
            "StandardPage",
            "PriorityPage",
            "EventPage",
        ]
        assert pages[event.pk].introduction == event.introduction and pages[priority.pk].title == priority.title


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the bounded ranking is PostgreSQL's; SQLite uses Wagtail's"
)


def public_site_pages():
    return public_pages(Page.objects.descendant_of(Site.objects.get(is_default_site=True).root_page, inclusive=True))


@needs_postgresql
def test_postgresql_ranking_is_wagtails_when_few_pages_match(db, make_event):
    for number in range(12):
        make_event(title=f"Forum {number}", introduction="ASEAN " * (number % 4 + 1)).save_revision().publish()
    make_event(title="ASEAN ASEAN youth forum").save_revision().publish()
    pages = public_site_pages()
    for terms in (("asean",), ("forum",), ("asean", "forum")):
        wagtails = [page.pk for page in pages.search(" ".join(terms), operator="and", order_by_relevance=True)]
        assert full_text_matches(pages, terms) == wagtails


@needs_postgresql
def test_postgresql_ranking_of_a_broad_query_keeps_title_matches_and_the_newest(db, make_event, monkeypatch):
    monkeypatch.setattr(matching, "MAX_RESULTS", 3)
    old_title_match = make_event(title="Zebrafish culture week")
    old_title_match.save_revision().publish()
    events = [make_event(introduction="With zebrafish partners.") for _ in range(6)]
    for event in events:
        event.save_revision().publish()
    found = full_text_matches(public_site_pages(), ("zebrafish",))
    assert len(found) == 3
    assert found[0] == old_title_match.pk  # the only title match, though the oldest
    assert set(found[1:]) <= {event.pk for event in events[-3:]}  # then among the newest


def test_run_together_search_query_count_is_bounded(client, about, django_assert_max_num_queries):
    publish_with(about, title_ko="한-아세안센터를 소개합니다")
    path = "/ko/search/?q=센터"
    client.get(path)
    with django_assert_max_num_queries(13):
        response = client.get(path)
    assert response.status_code == 200
    assert about.title_ko in result_titles(response), "the query count is of a page with a result"


@pytest.mark.parametrize("path", ["", "about/", "events/", "halls/seoul/", "no-such-page/"])
@pytest.mark.parametrize("language", ["en", "ko", "th"])
def test_every_page_has_a_search_box_in_its_header(client, db, path, language):
    document = soup(client.get(f"/{language}/{path}"))
    form = document.select_one("header form[role=search]")
    assert form["action"] == f"/{language}/search/" and form["method"] == "get"
    field = form.select_one("input[name=q]")
    assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)
    assert form.select_one("button[type=submit]").get_text(strip=True)
    assert not document.select("header script, header style, header [style]")


def test_parse_query_splits_at_punctuation_and_keeps_run_together_words():
    assert parse_query("  ASEAN-Korea  e-mobility!  ").terms == ("asean", "korea", "e", "mobility")
    assert parse_query("ศูนย์อาเซียน").terms == ("ศูนย์อาเซียน",), "Thai vowel and tone marks stay in the word"
    assert parse_query("မြန်မာ").terms == ("မြန်မာ",)
    assert parse_query("?!").problem == "no_words"
    assert parse_query("").problem == "empty"
    assert parse_query("a" * (MAX_QUERY_LENGTH + 1)).problem == "too_long"


def test_highlight_escapes_before_marking():
    assert highlight("Fish & chips <b>", term_pattern(["amp"])) == "Fish &amp; chips &lt;b&gt;"
    assert highlight("ASEAN & asean", term_pattern(["asean"])) == "<mark>ASEAN</mark> &amp; <mark>asean</mark>"
    assert highlight("<asean>", term_pattern(["<asean>"])) == "<mark>&lt;asean&gt;</mark>"


# Metadata for search engines and sharing, on the pages themselves.


def test_meta_description_prefers_the_visitors_language(client, about):
    about.search_description_en = "An English description for search engines."
    about.search_description_ko = ""
    about.save_revision().publish()
    korean = soup(client.get("/ko/about/"))
    assert korean.select_one('meta[name="description"]')["content"] == about.introduction_ko
    english = soup(client.get("/en/about/"))
    assert english.select_one('meta[name="description"]')["content"] == "An English description for search engines."
    thai = soup(client.get("/th/about/"))
    assert thai.select_one('meta[name="description"]')["content"] == "An English description for search engines."


@pytest.mark.parametrize("path", ["", "about/", "events/"])
def test_pages_have_twitter_card_tags(client, db, path):
    document = soup(client.get(f"/ko/{path}"))
    assert document.select_one('meta[name="twitter:card"]')["content"] in ("summary", "summary_large_image")
    title = document.select_one('meta[name="twitter:title"]')["content"]
    assert title == document.select_one('meta[property="og:title"]')["content"]
    description = document.select_one('meta[name="twitter:description"]')["content"]
    assert description == document.select_one('meta[name="description"]')["content"]


def organisation_data(response):
    scripts = soup(response).select('script[type="application/ld+json"]')
    found = [json.loads(script.string) for script in scripts]
    return [data for data in found if data.get("@type") == "Organization"]


def test_home_page_describes_the_organisation(client, home):
    from pages.models import OrganisationSettings

    details = OrganisationSettings.objects.get()
    details.facebook_url = "https://www.facebook.com/aseankoreacentre"
    details.youtube_url = "https://www.youtube.com/@aseankoreacentre"
    details.save()
    details.address_ko = "서울 중구\n세종대로 124"
    details.save()
    [data] = organisation_data(client.get("/ko/"))
    assert data["@context"] == "https://schema.org"
    assert data["name"] == details.organisation_name_ko, "the settings' Korean name"
    names = {entry["@language"]: entry["@value"] for entry in data["alternateName"]}
    assert set(names) == set(LANGUAGE_CODES) - {"ko"}
    assert names["en"] == details.organisation_name_en == "ASEAN-Korea Centre"
    assert re.search("[\u0e00-\u0e7f]", names["th"]), "without a Thai name in the settings, the catalogue's, in Thai"
    assert data["url"] == "http://testserver/ko/"
    assert data["logo"].endswith("/static/img/logo.svg") and data["logo"].startswith("http")
    assert data["address"] == "서울 중구, 세종대로 124", "the Korean address, its lines on one line"
    assert data["sameAs"] == [details.facebook_url, details.youtube_url]


def test_organisation_data_is_on_the_home_page_only(client, db):
    assert organisation_data(client.get("/en/about/")) == []


def test_organisation_data_cannot_close_its_script_element(client, home):
    from pages.models import OrganisationSettings

    details = OrganisationSettings.objects.get()
    details.address = "</script><script>alert(1)</script>"
    details.save()
    content = client.get("/en/").content.decode()
    assert "</script><script>alert(1)" not in content
    [data] = organisation_data(client.get("/en/"))
    assert data["address"] == "</script><script>alert(1)</script>"
