"""Blocks of the programmes app: a hall's weekly opening hours as structured data."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

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
                block_errors={"closes": [_("Closing time must be after opening time on the same day.")]}
            )
        return value

    class Meta:
        icon = "time"
        label = _("Opening interval")
        description = _("One interval of a weekday, in Korea time; add two for a day with a break.")
        preview_value = {"weekday": "0", "opens": "09:00", "closes": "18:00"}


class WeeklyHoursBlock(blocks.StreamBlock):
    interval = OpeningIntervalBlock()
