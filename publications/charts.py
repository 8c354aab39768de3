"""Bar and line charts of a dataset, drawn on the server as SVG: no script, styled by classes from
the site's stylesheet, with a <title> and a <desc> naming every value (the text alternative), so the
chart is an image a screen reader can read. The table beside it carries the same numbers."""

import uuid
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH = 640
BAR_LABEL_WIDTH = 210
BAR_AREA = 330
ROW_HEIGHT = 32
BAR_HEIGHT = 20
LINE_HEIGHT = 300
LINE_LEFT, LINE_RIGHT, LINE_TOP, LINE_BOTTOM = 70, 610, 30, 240


def display_number(value):
    """A value in the visitor's language's number format, without trailing zeros: 1,234.5."""
    value = Decimal(value)
    normal = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return number_format(normal, use_l10n=True, force_grouping=True)


def description(dataset, rows):
    values = "; ".join(f"{row.label}: {display_number(row.value)}" for row in rows)
    kind = _("Bar chart") if dataset.chart == "bar" else _("Line chart")
    return _("%(kind)s of %(title)s, in %(unit)s, %(year)s. %(values)s.") % {
        "kind": kind,
        "title": dataset.title,
        "unit": dataset.unit,
        "year": dataset.year,
        "values": values,
    }


def scale(rows):
    low = min([Decimal(0), *(row.value for row in rows)])
    high = max([Decimal(0), *(row.value for row in rows)])
    return low, (high - low) or Decimal(1)


def bar_shapes(rows):
    low, span = scale(rows)
    zero = BAR_LABEL_WIDTH + float((0 - low) / span) * BAR_AREA
    shapes = []
    for number, row in enumerate(rows):
        y = 10 + number * ROW_HEIGHT
        end = BAR_LABEL_WIDTH + float((row.value - low) / span) * BAR_AREA
        left, width = min(zero, end), abs(end - zero)
        shapes.append(
            format_html(
                '<g class="chart__row"><text class="chart__label" x="{}" y="{}" text-anchor="end">{}</text>'
                '<rect class="chart__bar" x="{}" y="{}" width="{}" height="{}" data-value="{}"></rect>'
                '<text class="chart__value" x="{}" y="{}">{}</text></g>',
                BAR_LABEL_WIDTH - 8,
                y + BAR_HEIGHT - 5,
                row.label,
                f"{left:.1f}",
                y,
                f"{max(width, 1):.1f}",
                BAR_HEIGHT,
                row.plain_value,
                f"{max(zero, end) + 6:.1f}",
                y + BAR_HEIGHT - 5,
                display_number(row.value),
            )
        )
    height = 20 + len(rows) * ROW_HEIGHT
    axis = format_html(
        '<line class="chart__axis" x1="{}" y1="4" x2="{}" y2="{}"></line>', f"{zero:.1f}", f"{zero:.1f}", height - 6
    )
    return height, mark_safe("".join([*shapes, axis]))  # noqa: S308 -- every part escaped by format_html


def line_shapes(rows):
    low, span = scale(rows)
    step = (LINE_RIGHT - LINE_LEFT) / max(len(rows) - 1, 1)

    def y_of(value):
        return LINE_BOTTOM - float((value - low) / span) * (LINE_BOTTOM - LINE_TOP)

    points = [(LINE_LEFT + number * step, y_of(row.value)) for number, row in enumerate(rows)]
    line = format_html(
        '<polyline class="chart__line" points="{}"></polyline>', " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    )
    marks = format_html_join(
        "",
        '<g class="chart__row"><circle class="chart__point" cx="{}" cy="{}" r="4" data-value="{}"></circle>'
        '<text class="chart__value" x="{}" y="{}" text-anchor="middle">{}</text>'
        '<text class="chart__label" x="{}" y="{}" text-anchor="middle">{}</text></g>',
        (
            (
                f"{x:.1f}",
                f"{y:.1f}",
                row.plain_value,
                f"{x:.1f}",
                f"{y - 10:.1f}",
                display_number(row.value),
                f"{x:.1f}",
                LINE_BOTTOM + 24,
                row.label,
            )
            for (x, y), row in zip(points, rows, strict=True)
        ),
    )
    axis = format_html(
        '<line class="chart__axis" x1="{}" y1="{}" x2="{}" y2="{}"></line>',
        LINE_LEFT,
        f"{y_of(Decimal(0)):.1f}",
        LINE_RIGHT,
        f"{y_of(Decimal(0)):.1f}",
    )
    return LINE_HEIGHT, mark_safe(axis + line + marks)  # noqa: S308 -- every part escaped by format_html


def chart_svg(dataset, rows):
    """The chart as inline SVG markup (safe), or "" when the dataset has no rows."""
    if not rows:
        return ""
    height, shapes = bar_shapes(rows) if dataset.chart == "bar" else line_shapes(rows)
    key = uuid.uuid4().hex[:8]
    return format_html(
        '<svg class="chart chart--{}" role="img" aria-labelledby="chart-title-{} chart-desc-{}" '
        'viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet">'
        '<title id="chart-title-{}">{}</title><desc id="chart-desc-{}">{}</desc>{}</svg>',
        dataset.chart,
        key,
        key,
        WIDTH,
        height,
        key,
        f"{dataset.title} ({dataset.unit}, {dataset.year})",
        key,
        description(dataset, rows),
        shapes,
    )
