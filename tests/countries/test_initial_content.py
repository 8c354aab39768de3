"""The initial content's Member States: eleven pages, in English and Korean, with sourced facts only."""

import pytest

from countries.models import CountryIndexPage, CountryPage

pytestmark = pytest.mark.usefixtures("initial_content")

KOREAN = {
    "bn": "브루나이",
    "kh": "캄보디아",
    "id": "인도네시아",
    "la": "라오스",
    "my": "말레이시아",
    "mm": "미얀마",
    "ph": "필리핀",
    "sg": "싱가포르",
    "th": "태국",
    "tl": "동티모르",
    "vn": "베트남",
}


def test_eleven_member_states_under_asean(client, db):
    index = CountryIndexPage.objects.get()
    assert index.url_path.endswith("/asean/")
    countries = list(CountryPage.objects.child_of(index).live())
    assert {country.member_state: country.title_ko for country in countries} == KOREAN
    for country in countries:
        assert country.capital and country.capital_ko
        for language in ("en", "ko"):
            response = client.get(f"/{language}/asean/{country.slug}/")
            assert response.status_code == 200, (language, country.slug)


def test_nothing_is_said_of_timor_leste_and_the_centre(db):
    timor = CountryPage.objects.get(member_state="tl")
    assert "Centre" not in str(timor.relations_with_korea)
    index_text = str(CountryIndexPage.objects.get().body)
    assert "ten countries that were then ASEAN Member States" in index_text


def test_myanmar_has_no_unsourced_relations(db):
    assert not CountryPage.objects.get(member_state="mm").relations_with_korea
