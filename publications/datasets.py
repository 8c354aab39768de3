"""Datasets as CSV: the download of a dataset's numbers, and the import of a dataset from a CSV file.

The download is the table the visitor sees (labels in their language, falling back to English) with the
dataset's source and year in a last comment-free row pair, so the numbers can be checked. The import reads
`label,value` and optional `label_<language>` columns (label_ko, label_th, …); every row is checked first
and the problems listed by row, and nothing is saved unless every row is right.
"""

import csv
import io
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.utils.translation import gettext as _

from modeltranslation.utils import build_localized_fieldname

from akc_site.languages import LANGUAGE_CODES
from publications.models import Dataset, DatasetRow

MAX_ROWS = 200
MAX_LABEL_LENGTH = DatasetRow._meta.get_field("label").max_length


def dataset_rows_as_csv(dataset, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_("Item"), dataset.unit])
    for row in rows:
        writer.writerow([row.label, row.plain_value])
    return buffer.getvalue()


def dataset_csv(request, pk):
    dataset = get_object_or_404(Dataset, pk=pk)
    rows = list(dataset.rows.all())
    if not rows:
        raise Http404("No figures")
    response = HttpResponse(dataset_rows_as_csv(dataset, rows), content_type="text/csv; charset=utf-8")
    name = slugify(dataset.title_en or dataset.title) or "dataset"
    response["Content-Disposition"] = f'attachment; filename="{name}-{dataset.year}.csv"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


class CSVImportError(Exception):
    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


def read_rows(text):
    """[{field name: value}] for DatasetRow from the CSV text; CSVImportError listing every problem."""
    reader = csv.DictReader(io.StringIO(text))
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    known = {"label", "value"} | {f"label_{code}" for code in LANGUAGE_CODES}
    problems = []
    if "label" not in columns or "value" not in columns:
        raise CSVImportError([_("The first line must name the columns, with at least 'label' and 'value'.")])
    unknown = [name for name in columns if name not in known]
    if unknown:
        problems.append(_("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)})
    rows = []
    for line, raw in enumerate(reader, start=2):
        values = {(key or "").strip().lower(): (value or "").strip() for key, value in raw.items() if key}
        if None in raw:
            problems.append(_("Row %(line)s: more values than columns.") % {"line": line})
            continue
        if not any(values.values()):
            continue  # a blank line
        label, number = values.get("label", ""), values.get("value", "")
        if not label:
            problems.append(_("Row %(line)s: the label is empty.") % {"line": line})
        if any(len(value) > MAX_LABEL_LENGTH for key, value in values.items() if key.startswith("label")):
            problems.append(
                _("Row %(line)s: a label is longer than %(length)s characters.")
                % {"line": line, "length": MAX_LABEL_LENGTH}
            )
        try:
            value = Decimal(number.replace(",", ""))
            if not value.is_finite() or abs(value) >= Decimal(10) ** 14:
                raise InvalidOperation
        except InvalidOperation:
            problems.append(_("Row %(line)s: '%(value)s' is not a number.") % {"line": line, "value": number[:40]})
            continue
        row = {"value": value}
        for code in LANGUAGE_CODES:
            text = values.get("label" if code == "en" else f"label_{code}", "")
            if text:
                row[build_localized_fieldname("label", code)] = text
        rows.append(row)
        if len(rows) > MAX_ROWS:
            problems.append(_("A dataset has at most %(count)s rows.") % {"count": MAX_ROWS})
            break
    if not rows and not problems:
        problems.append(_("The file has no rows of figures."))
    if problems:
        raise CSVImportError(problems)
    return rows


@transaction.atomic
def create_dataset(fields, rows):
    dataset = Dataset(**fields)
    dataset.save()
    DatasetRow.objects.bulk_create(
        DatasetRow(dataset=dataset, sort_order=order, **row) for order, row in enumerate(rows)
    )
    return dataset
