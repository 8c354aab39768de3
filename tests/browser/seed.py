"""What the live site of the browser tests holds beyond the initial content."""

# Run in the live site after the initial content (tests/browser/conftest.py): test figures on the
# figures page, so the browser sees a table and a chart (the initial content has no figures).
SEED_SCRIPT = """
from publications.models import Dataset, DatasetRow, FiguresPage
dataset = Dataset.objects.create(
    title_en="Browser test figures", title_ko="브라우저 시험 수치", title_th="ตัวเลขทดสอบ",
    unit_en="units", source_name_en="Test source", source_url="https://example.org/", year=2024,
)
for order, (label, value) in enumerate([("Alpha", 120), ("Beta", 80.5), ("Gamma", -15)]):
    DatasetRow.objects.create(dataset=dataset, sort_order=order, label_en=label, value=value)
page = FiguresPage.objects.get(slug="figures")
block = {"type": "figures", "id": "browser-test", "value": {"dataset": dataset.pk, "caption": ""}}
for field in ("body_en", "body_ko", "body_th"):
    setattr(page, field, [*getattr(page, field).raw_data, block])
page.save_revision().publish()
"""
