import pytest

from countries.models import CountryIndexPage, CountryPage
from tests import factories


@pytest.fixture
def country_index(db):
    return CountryIndexPage.objects.get()


@pytest.fixture
def thailand(country_index):
    return CountryPage.objects.child_of(country_index).get(member_state="th")


@pytest.fixture
def viet_nam(country_index):
    return factories.CountryPageFactory(
        parent=country_index,
        member_state="vn",
        title="Viet Nam",
        title_ko="베트남",
        capital="Ha Noi",
        capital_ko="하노이",
        languages="Vietnamese",
        languages_ko="베트남어",
    )
