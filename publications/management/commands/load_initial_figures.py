"""Give a new site's figures page the datasets of content/figures/datasets.yaml, each figure with its source.

Idempotent: a dataset that exists (same English title and year) is left as it is, and a figures page
that already shows a dataset is not changed, so editors' work is never overwritten.
"""

from decimal import Decimal
from pathlib import Path

import yaml

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from publications.datasets import create_dataset
from publications.models import ChartKind, Dataset, FiguresPage

FIGURES_FILE = Path(settings.BASE_DIR) / "content" / "figures" / "datasets.yaml"
DATASET_FIELDS = ("title", "unit", "source_name")
FIGURES_BLOCK = "figures"


def read_datasets(path):
    """The datasets of `path`, checked; CommandError naming the first problem."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CommandError(f"Cannot read {path}: {error}") from None
    datasets = data.get("datasets") if isinstance(data, dict) else None
    if not isinstance(datasets, list) or not datasets:
        raise CommandError(f"{path}: expected a list under 'datasets'.")
    for spec in datasets:
        missing = [key for key in ("title", "unit", "source_name", "source_url", "year", "rows") if not spec.get(key)]
        if missing:
            raise CommandError(f"{path}: {spec.get('title', '?')}: missing {', '.join(missing)}.")
        if spec.get("chart", ChartKind.BAR) not in ChartKind.values:
            raise CommandError(f"{path}: {spec['title']}: chart must be one of {', '.join(ChartKind.values)}.")
        for row in spec["rows"]:
            if not (isinstance(row, list) and len(row) == 3):
                raise CommandError(f"{path}: {spec['title']}: a row is [English label, Korean label, value].")
    return datasets


def dataset_for(spec):
    """The dataset of `spec`, created when the site has none of that title and year."""
    existing = Dataset.objects.filter(title_en=spec["title"], year=spec["year"]).first()
    if existing is not None:
        return existing, False
    fields = {"source_url": spec["source_url"], "year": spec["year"], "chart": spec.get("chart", ChartKind.BAR)}
    for name in DATASET_FIELDS:
        fields[f"{name}_en"] = spec[name]
        if spec.get(f"{name}_ko"):
            fields[f"{name}_ko"] = spec[f"{name}_ko"]
    rows = [
        {"label_en": english, "label_ko": korean, "value": Decimal(str(value))}
        for english, korean, value in spec["rows"]
    ]
    return create_dataset(fields, rows), True


class Command(BaseCommand):
    help = "Add the datasets of content/figures/datasets.yaml to the figures page, if it shows none yet."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(FIGURES_FILE), help="The datasets file (default: %(default)s).")

    @transaction.atomic
    def handle(self, *args, file, **options):
        specs = read_datasets(file)
        page = FiguresPage.objects.order_by("path").first()
        if page is None:
            self.stdout.write("No figures page: nothing to do.")
            return
        page = page.get_latest_revision_as_object()
        if any(block.block_type == FIGURES_BLOCK for block in page.body_en):
            self.stdout.write("The figures page shows datasets already: left as it is.")
            return
        created = 0
        for spec in specs:
            dataset, new = dataset_for(spec)
            created += new
            for language in ("en", "ko"):
                body = getattr(page, f"body_{language}")
                if language == "en" or len(body):  # a language without a body shows the English one
                    caption = spec.get(f"caption_{language}") or spec.get("caption", "")
                    body.append((FIGURES_BLOCK, {"dataset": dataset, "caption": caption}))
        page.save_revision().publish()
        self.stdout.write(f"Figures page: {len(specs)} datasets shown ({created} created).")
