"""The publications listing: filters, odd input, pagination and a query count that does not grow."""

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError

from pages.models import PriorityPage
from publications.isbn import normalise_isbn, validate_isbn

URL = "/en/publications/"


def titles(response):
    document = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in document.select(".publication-list h3 a")]


def test_newest_first_with_filters_by_kind_year_language_and_priority(client, make_publication):
    economy = PriorityPage.objects.get(slug="economy")
    make_publication(title="Report 2024", kind="annual_report", year=2024, languages=("en", "ko"))
    make_publication(title="Trade 2025", kind="research", year=2025, languages=("en",), priorities=[economy])
    make_publication(title="Thai brochure", kind="brochure", year=2023, languages=("th",))
    assert titles(client.get(URL)) == ["Trade 2025", "Report 2024", "Thai brochure"]
    assert titles(client.get(URL + "?kind=annual_report")) == ["Report 2024"]
    assert titles(client.get(URL + "?year=2023")) == ["Thai brochure"]
    assert titles(client.get(URL + "?language=ko")) == ["Report 2024"]
    assert titles(client.get(URL + "?language=en")) == ["Trade 2025", "Report 2024"]
    response = client.get(URL + "?priority=economy&kind=research")
    assert titles(response) == ["Trade 2025"]
    assert "Research" in BeautifulSoup(response.content, "html.parser").h1.get_text()


def test_cards_name_the_languages_of_the_files(client, make_publication):
    make_publication(languages=("en", "ko"))
    document = BeautifulSoup(client.get(URL).content, "html.parser")
    languages = document.select(".publication-card__languages span")
    assert [(span["lang"], span.get_text()) for span in languages] == [("en", "English"), ("ko", "한국어")]


@pytest.mark.parametrize(
    "query",
    [
        "?kind=novel",
        "?year=abc",
        "?year=99999999999999999999",
        "?year=1200",
        "?language=xx",
        "?language=id%00",
        "?priority=nonsense",
        "?priority=" + "x" * 2048,
        "?page=999",
        "?page=-1",
        "?kind[]=brochure&kind=brochure&kind=research",
        "?year=%ff%fe",
    ],
)
def test_odd_input_never_breaks_the_listing(client, make_publication, query):
    make_publication(title="Still listed")
    response = client.get(URL + query)
    assert response.status_code == 200
    assert titles(response) == ["Still listed"]


def test_empty_result_offers_to_clear(client, make_publication):
    make_publication(kind="research")
    document = BeautifulSoup(client.get(URL + "?kind=brochure").content, "html.parser")
    assert document.select_one(".empty-result a")["href"] == URL


def test_twelve_a_page_and_the_filters_kept(client, make_publication):
    for number in range(14):
        make_publication(title=f"Research {number:02}", kind="research", publish=True)
    response = client.get(URL + "?kind=research&page=2")
    assert len(titles(response)) == 2
    assert "kind=research" in BeautifulSoup(response.content, "html.parser").select_one(".pagination a")["href"]


@pytest.mark.parametrize("count", [3, pytest.param(40, marks=pytest.mark.slow)])
def test_query_count_does_not_grow_with_publications(client, make_publication, count, django_assert_num_queries):
    economy = PriorityPage.objects.get(slug="economy")
    for _ in range(count):
        make_publication(languages=("en", "ko", "th"), priorities=[economy])
    client.get(URL)  # warm the menu cache
    with django_assert_num_queries(10):
        response = client.get(URL + "?priority=economy&language=ko&page=1")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "value", ["978-0-306-40615-7", "9780306406157", "0-306-40615-2", "080442957X", "ISBN 978 0 306 40615 7"]
)
def test_valid_isbns(value):
    validate_isbn(value)


def test_isbn_is_normalised():
    assert normalise_isbn("ISBN 978-0-306-40615-7") == "9780306406157"
    assert normalise_isbn("0-8044-2957-x") == "080442957X"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("978-0-306-40615-8", "check digit"),
        ("0-306-40615-3", "check digit"),
        ("123", "10 or 13 digits"),
        ("97803064061X7", "10 or 13 digits"),
        ("abcdefghij", "10 or 13 digits"),
        ("9770306406157", "check digit"),
    ],
)
def test_invalid_isbns_say_why(value, message):
    with pytest.raises(ValidationError) as error:
        validate_isbn(value)
    assert message in str(error.value)
