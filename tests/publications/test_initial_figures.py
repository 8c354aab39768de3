"""The starting figures: content/figures/datasets.yaml on the figures page, each with its source."""

import io
from decimal import Decimal

import pytest

from django.core.management import CommandError, call_command
from django.utils import translation

from publications.management.commands.load_initial_figures import FIGURES_FILE, read_datasets
from publications.models import Dataset, FiguresPage

pytestmark = pytest.mark.django_db


def load(**options):
    out = io.StringIO()
    call_command("load_initial_figures", stdout=out, **options)
    return out.getvalue()


def figures_page():
    return FiguresPage.objects.get().get_latest_revision_as_object()


def test_every_dataset_names_a_linked_source():
    for spec in read_datasets(FIGURES_FILE):
        assert spec["source_url"].startswith("https://") and spec["source_name"], spec["title"]


def test_the_countries_add_up_to_the_newsletters_asean_total():
    """The newsletter's ASEAN total for 2022 is USD 207,418 million; its rows are rounded."""
    korea_trade = next(spec for spec in read_datasets(FIGURES_FILE) if spec["year"] == 2022)
    assert len(korea_trade["rows"]) == 10
    assert abs(sum(value for _english, _korean, value in korea_trade["rows"]) - 207418) <= 5


def test_the_figures_page_shows_the_datasets_once(client, site):
    assert "2 datasets shown (2 created)" in load()
    assert "left as it is" in load()
    assert Dataset.objects.count() == 2
    dataset = Dataset.objects.get(year=2022)
    assert [row.label_ko for row in dataset.rows.all()][-1] == "베트남"
    assert dataset.rows.get(label_en="Viet Nam").value == Decimal("87688")
    for language in ("en", "ko", "th"):
        with translation.override(language):
            url = FiguresPage.objects.get().url
        page = client.get(url).content.decode()
        assert page.count("<svg") == 2, language
        assert "https://newsletter.aseankorea.org/?p=12445" in page


def test_a_page_with_datasets_of_its_own_is_left_alone(site):
    load()
    page = figures_page()
    page.body_en = [block for block in page.body_en.raw_data if block["type"] != "figures"][:1]
    page.body_en.append(("figures", {"dataset": Dataset.objects.get(year=2017), "caption": "Chosen by an editor"}))
    page.save_revision().publish()
    assert "left as it is" in load()
    assert [block.value["caption"] for block in figures_page().body_en if block.block_type == "figures"] == [
        "Chosen by an editor"
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("datasets: [", "Cannot read"),
        ("pages: []", "expected a list under 'datasets'"),
        (
            "datasets:\n  - title: T\n    unit: U\n    year: 2020\n    rows: [[a, b, 1]]",
            "missing source_name, source_url",
        ),
        (
            "datasets:\n  - {title: T, unit: U, source_name: S, source_url: 'https://x.org', year: 2020, chart: pie,"
            " rows: [[a, b, 1]]}",
            "chart must be one of",
        ),
        (
            "datasets:\n  - {title: T, unit: U, source_name: S, source_url: 'https://x.org', year: 2020,"
            " rows: [[a, 1]]}",
            "a row is",
        ),
    ],
)
def test_a_malformed_file_is_a_clear_error_and_changes_nothing(site, tmp_path, text, problem):
    path = tmp_path / "datasets.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match=problem):
        load(file=str(path))
    assert not Dataset.objects.exists()
