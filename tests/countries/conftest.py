import pytest

from home.models import HomePage
from tests import factories


@pytest.fixture
def country_index(db):
    return factories.CountryIndexPageFactory(parent=HomePage.objects.get())


@pytest.fixture
def thailand(country_index):
    return factories.CountryPageFactory(parent=country_index)


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
