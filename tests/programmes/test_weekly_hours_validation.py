"""A hall's weekly schedule refuses overlapping, duplicated and too many intervals, row by row."""

import datetime
import html
import json

import pytest

from django.urls import reverse

from wagtail.blocks import StreamBlockValidationError

from programmes.blocks import MAX_INTERVALS_A_DAY, WeeklyHoursBlock, schedule_errors
from programmes.models import HallPage
from tests.admin_forms import empty_stream_fields, initial_form_data
from tests.factories import weekday_hours


def at(hour, minute=0):
    return datetime.time(hour, minute)


def test_a_day_with_a_lunch_break_is_fine():
    assert schedule_errors([("0", at(9), at(12)), ("0", at(13), at(18)), ("1", at(9), at(18))]) == {}


def test_intervals_that_touch_do_not_overlap():
    assert schedule_errors([("0", at(9), at(12)), ("0", at(12), at(18))]) == {}


def test_the_later_of_two_overlapping_intervals_is_marked():
    errors = schedule_errors([("2", at(13), at(18)), ("2", at(9), at(14))])
    assert list(errors) == [0]
    assert "09:00–14:00" in str(errors[0])


def test_a_duplicated_interval_is_marked_once():
    errors = schedule_errors([("4", at(9), at(18)), ("4", at(9), at(18))])
    assert list(errors) == [1]


def test_the_same_hours_on_different_days_are_fine():
    assert schedule_errors([(str(day), at(9), at(18)) for day in range(7)]) == {}


def test_a_day_takes_a_limited_number_of_intervals():
    hours = [("0", at(8 + 2 * n), at(9 + 2 * n)) for n in range(MAX_INTERVALS_A_DAY + 2)]
    errors = schedule_errors(hours)
    assert sorted(errors) == [MAX_INTERVALS_A_DAY, MAX_INTERVALS_A_DAY + 1]
    assert str(MAX_INTERVALS_A_DAY) in str(errors[MAX_INTERVALS_A_DAY])


def test_the_block_raises_its_errors_on_the_offending_rows():
    block = WeeklyHoursBlock()
    value = block.to_python(weekday_hours(days=[0]) + weekday_hours(opens=at(10), closes=at(11), days=[0]))
    with pytest.raises(StreamBlockValidationError) as raised:
        block.clean(value)
    assert list(raised.value.block_errors) == [1]
    assert "opens" in raised.value.block_errors[1].block_errors


def stream_form_data(name, intervals):
    """The admin form's post for a stream of opening intervals, as Wagtail's editor sends it."""
    data = {f"{name}-count": str(len(intervals))}
    for index, (weekday, opens, closes) in enumerate(intervals):
        prefix = f"{name}-{index}"
        data.update(
            {
                f"{prefix}-type": "interval",
                f"{prefix}-deleted": "",
                f"{prefix}-order": str(index),
                f"{prefix}-id": f"row-{index}",
                f"{prefix}-value-weekday": weekday,
                f"{prefix}-value-opens": opens,
                f"{prefix}-value-closes": closes,
            }
        )
    return data


@pytest.mark.parametrize(
    ("intervals", "message"),
    [
        ([("0", "09:00", "18:00"), ("0", "17:00", "20:00")], "overlaps 09:00–18:00"),
        ([("1", "18:00", "09:00")], "Closing time must be after opening time"),
    ],
)
def test_the_editor_sees_the_mistake_and_keeps_what_was_typed(editor_client, seoul_hall, intervals, message):
    url = reverse("wagtailadmin_pages:edit", args=[seoul_hall.pk])
    data = initial_form_data(editor_client, url)
    data.update(empty_stream_fields(HallPage, "description"))
    data.update(stream_form_data("weekly_hours", intervals))
    data.update({"exceptions-TOTAL_FORMS": "0", "exceptions-INITIAL_FORMS": "0"})  # the inline's script adds them
    data.update({"title_en": "A title typed before the mistake", "slug": seoul_hall.slug})
    response = editor_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["weekly_hours"], errors
    (row_error,) = errors["weekly_hours"].as_data()[0].block_errors.values()
    assert message in str(row_error.block_errors), "the message is beside the row, not only at the top"
    page = html.unescape(response.content.decode())
    assert json.dumps(message)[1:-1] in page or message in page, "the editor's script receives the message"
    assert "A title typed before the mistake" in response.content.decode()
    seoul_hall.refresh_from_db()
    assert seoul_hall.title_en != "A title typed before the mistake"
