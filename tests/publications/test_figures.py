"""ASEAN-Korea in figures: the dataset block's table, SVG chart and CSV download agree; the CSV import
checks every row and saves nothing on error; the figures page's rules and rendering."""

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from publications.models import Dataset, FiguresPage, PublicationIndexPage, PublicationPage
from tests import factories
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data

ROWS = [("Alpha", "알파", "1200.5"), ("Beta", "베타", "300"), ("Gamma", "감마", "0"), ("Delta", "델타", "-45.25")]


@pytest.fixture
def dataset(db):
    return factories.DatasetFactory(rows=ROWS)


@pytest.fixture
def figures_page(publication_index, dataset):
    block = {"type": "figures", "id": "test-figures", "value": {"dataset": dataset.pk, "caption": "What it shows"}}
    page = FiguresPage.objects.child_of(publication_index).get(slug="figures")
    page.body, page.body_ko = [block], [block]
    page.save_revision().publish()
    return page


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_rules(figures_page, publication_index):
    assert set(FiguresPage.allowed_parent_page_models()) == {PublicationIndexPage}
    assert FiguresPage in PublicationIndexPage.allowed_subpage_models()
    assert PublicationPage in PublicationIndexPage.allowed_subpage_models()


@pytest.mark.parametrize("chart", ["bar", "line"])
@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_chart_has_a_title_and_description_and_the_tables_numbers(client, figures_page, dataset, chart, language):
    dataset.chart = chart
    dataset.save()
    response = client.get(f"/{language}/publications/figures/")
    assert response.status_code == 200
    document = soup(response)
    svg = document.select_one(".dataset__chart svg")
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.find("title")["id"] == title_id and getattr(dataset, f"title_{language}") in svg.title.get_text()
    description = svg.find("desc")
    assert description["id"] == desc_id
    for label, label_ko, _value in ROWS:
        assert (label if language == "en" else label_ko) in description.get_text()
    shapes = svg.select(".chart__bar" if chart == "bar" else ".chart__point")
    cells = document.select(".dataset__table td")
    assert [shape["data-value"] for shape in shapes] == [cell["data-value"] for cell in cells]
    assert [Decimal(cell["data-value"]) for cell in cells] == [Decimal(value) for *_labels, value in ROWS]
    labels = [th.get_text() for th in document.select(".dataset__table tbody th")]
    assert labels == [row[0] if language == "en" else row[1] for row in ROWS]
    assert not document.select("svg script") and "style=" not in str(svg)


def test_bar_lengths_follow_the_values(client, figures_page):
    bars = soup(client.get("/en/publications/figures/")).select(".chart__bar")
    widths = [float(bar["width"]) for bar in bars]
    assert widths[0] > widths[1] > widths[3] > widths[2]


def test_source_and_year_under_the_chart_and_numbers_localised(client, figures_page, dataset):
    document = soup(client.get("/en/publications/figures/"))
    source = document.select_one(".dataset__source")
    assert source.a["href"] == dataset.source_url and source.a.get_text() == "Test source"
    assert "2024" in source.get_text()
    assert document.select_one(".dataset__table td").get_text() == "1,200.5"


def test_the_csv_download_equals_the_dataset(client, figures_page, dataset):
    link = soup(client.get("/ko/publications/figures/")).select_one(".dataset__download a")["href"]
    response = client.get(link)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert rows[0] == ["항목", "단위"]
    assert [(label, Decimal(value)) for label, value in rows[1:]] == [(ko, Decimal(value)) for _en, ko, value in ROWS]


def test_an_unknown_dataset_has_no_csv(client, db):
    assert client.get("/en/datasets/999999.csv").status_code == 404


def test_figures_page_costs_few_queries(client, figures_page, django_assert_max_num_queries):
    client.get("/en/publications/figures/")
    with django_assert_max_num_queries(14):
        assert client.get("/en/publications/figures/").status_code == 200


def test_the_listing_links_to_the_figures_page(client, figures_page):
    links = soup(client.get("/en/publications/")).select(".listing-links a")
    assert [link["href"] for link in links] == ["/en/publications/figures/"]


def test_admin_can_create_a_figures_page(editor_client, publication_index):
    url = reverse("wagtailadmin_pages:add", args=["publications", "figurespage", publication_index.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "Trade in figures",
            "slug": "trade",
            "action-publish": "publish",
            **empty_stream_fields(FiguresPage, "body"),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    assert FiguresPage.objects.get(slug="trade").live


def test_the_dataset_snippet_opens_in_the_admin(editor_client, dataset):
    response = editor_client.get(reverse("wagtailsnippets_publications_dataset:edit", args=[dataset.pk]))
    assert response.status_code == 200
    assert b"title_ko" in response.content and b"rows-0-label_ko" in response.content


IMPORT_FIELDS = {
    "title": "Imported figures",
    "unit": "people",
    "source_name": "A statistics office",
    "source_url": "https://example.org/table",
    "year": "2024",
    "chart": "line",
}


def post_import(client, text):
    data = {**IMPORT_FIELDS, "file": SimpleUploadedFile("figures.csv", text.encode("utf-8"))}
    return client.post(reverse("import_dataset"), data)


def test_a_csv_import_creates_the_dataset_with_translated_labels(editor_client):
    response = post_import(editor_client, 'label,value,label_ko\n2022,"1,500",2022년\n2023,1750.5,2023년\n\n')
    assert response.status_code == 302, form_errors(response)
    dataset = Dataset.objects.get(title_en="Imported figures")
    rows = list(dataset.rows.all())
    assert [(row.label_en, row.label_ko, row.value) for row in rows] == [
        ("2022", "2022년", Decimal("1500")),
        ("2023", "2023년", Decimal("1750.5")),
    ]
    assert dataset.chart == "line" and dataset.source_url == "https://example.org/table"


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        (
            "label,value\n2022,abc\n2023,\n,5\n",
            ["Row 2: 'abc' is not a number.", "Row 3: '' is not a number.", "Row 4: the label is empty."],
        ),
        ("year,amount\n2022,5\n", ["The first line must name the columns"]),
        ("label,value,colour\n2022,5,red\n", ["Unknown columns: colour."]),
        ("label,value\n2022,5,6\n", ["Row 2: more values than columns."]),
        ("label,value\n2022,NaN\n2023,1e99\n", ["Row 2: 'NaN' is not a number.", "Row 3: '1e99' is not a number."]),
        ("label,value\n", ["The file has no rows of figures."]),
        ("label,value\n" + "x" * 200 + ",5\n", ["Row 2: a label is longer than 120 characters."]),
    ],
)
def test_a_bad_csv_is_refused_row_by_row_and_nothing_saved(editor_client, text, messages):
    response = post_import(editor_client, text)
    assert response.status_code == 200
    errors = " ".join(form_errors(response))
    for message in messages:
        assert message in errors, errors
    assert not Dataset.objects.exists()
    assert soup(response).select_one("input[name=title]")["value"] == "Imported figures", "the form is kept"


def test_a_csv_not_in_utf8_is_refused(editor_client):
    data = {**IMPORT_FIELDS, "file": SimpleUploadedFile("figures.csv", "label,value\n서울,5\n".encode("euc-kr"))}
    response = editor_client.post(reverse("import_dataset"), data)
    assert "not in UTF-8" in " ".join(form_errors(response))
    assert not Dataset.objects.exists()


def test_only_editors_may_import(client, translator):
    client.force_login(translator)
    assert client.get(reverse("import_dataset")).status_code in (302, 403)
