"""The dataset block: a dataset (snippet) shown as an accessible table, a server-drawn SVG chart, its
source and year, and a link to the same numbers as CSV. No script: the strict CSP stays as it is."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.blocks import BodyBlock
from publications.charts import chart_svg


class DatasetBlock(blocks.StructBlock):
    dataset = SnippetChooserBlock("publications.Dataset", label=_("Dataset"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("What the figures show"))

    class Meta:
        icon = "table"
        label = _("Figures (table and chart)")
        template = "publications/blocks/dataset_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        dataset = value.get("dataset")
        if dataset is not None:
            rows = list(dataset.rows.all())
            context["rows"] = rows
            context["chart"] = chart_svg(dataset, rows)
        return context


class FiguresBodyBlock(BodyBlock):
    figures = DatasetBlock()

    class Meta:
        template = "pages/blocks/body_block.html"


class PublicationBodyBlock(FiguresBodyBlock):
    class Meta:
        template = "pages/blocks/body_block.html"
