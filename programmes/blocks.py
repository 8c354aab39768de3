"""Blocks of the programmes app: a hall's weekly opening hours as structured data."""

from collections import defaultdict
from itertools import pairwise

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

# More intervals than this in one day is a slip of the editor, not a real timetable.
MAX_INTERVALS_A_DAY = 4

WEEKDAYS = [
    ("0", _("Monday")),
    ("1", _("Tuesday")),
    ("2", _("Wednesday")),
    ("3", _("Thursday")),
    ("4", _("Friday")),
    ("5", _("Saturday")),
    ("6", _("Sunday")),
]


class OpeningIntervalBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, label=_("Day"))
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    def clean(self, value):
        value = super().clean(value)
        if value["closes"] <= value["opens"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError(_("Closing time must be after opening time on the same day."))}
            )
        return value

    class Meta:
        icon = "time"
        label = _("Opening interval")
        description = _("One interval of a weekday, in Korea time; add two for a day with a break.")
        preview_value = {"weekday": "0", "opens": "09:00", "closes": "18:00"}


def schedule_errors(intervals):
    """The rows of a week's intervals that overlap another of their day, or exceed the day's limit.

    `intervals` are (weekday, opens, closes) in the editor's order; the result maps a row's index to
    its message, shown beside that row.
    """
    by_day = defaultdict(list)
    for index, (weekday, opens, closes) in enumerate(intervals):
        by_day[weekday].append((opens, closes, index))
    errors = {}
    for day_intervals in by_day.values():
        day_intervals.sort()
        for (opens, closes, _index), (later_opens, _later_closes, index) in pairwise(day_intervals):
            if later_opens < closes:
                errors[index] = _("This interval overlaps %(opens)s–%(closes)s on the same day.") % {
                    "opens": opens.strftime("%H:%M"),
                    "closes": closes.strftime("%H:%M"),
                }
        for _opens, _closes, index in day_intervals[MAX_INTERVALS_A_DAY:]:
            errors.setdefault(index, _("A day has at most %(count)d intervals.") % {"count": MAX_INTERVALS_A_DAY})
    return errors


class WeeklyHoursBlock(blocks.StreamBlock):
    interval = OpeningIntervalBlock()

    def clean(self, value):
        value = super().clean(value)
        errors = schedule_errors(
            [(child.value["weekday"], child.value["opens"], child.value["closes"]) for child in value]
        )
        if errors:
            raise blocks.StreamBlockValidationError(
                block_errors={
                    index: blocks.StructBlockValidationError(block_errors={"opens": ValidationError(message)})
                    for index, message in errors.items()
                }
            )
        return value
