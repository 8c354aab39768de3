"""The request form's rules against the hall's opening hours, with a fixed Korea-time "today"."""

import datetime

import pytest

from django.test import RequestFactory
from django.utils import translation

from tests.factories import HallPageFactory, OpeningExceptionFactory, weekday_hours
from tests.visits.helpers import OPEN_DAY, TODAY, visit_data
from visits.availability import day_refusal, earliest_visit_day, time_refusal
from visits.forms import VisitRequestForm
from visits.models import VisitRequest


def make_form(hall, language="en", **changes):
    request = RequestFactory().post(f"/{language}/hall-visits/{hall.pk}/", REMOTE_ADDR="203.0.113.9")
    request.LANGUAGE_CODE = language
    return VisitRequestForm(visit_data(**changes), request=request, hall=hall)


def errors_of(form, field):
    assert not form.is_valid()
    return " ".join(form.errors.get(field, []))


def test_a_request_on_an_open_day_within_the_hours_is_valid_and_saved(hall, fixed_today):
    form = make_form(hall, language="th")
    assert form.is_valid(), form.errors
    visit = form.save()
    visit.refresh_from_db()
    assert visit.hall_id == hall.pk and visit.language == "th" and visit.consented_at is not None
    assert visit.status == "requested" and visit.decided_at is None
    assert visit.visit_date == OPEN_DAY and visit.arrival_time == datetime.time(10, 30)


def test_the_earliest_day_is_three_days_ahead(hall, fixed_today):
    assert earliest_visit_day(TODAY) == datetime.date(2027, 2, 25)
    assert make_form(hall, visit_date="2027-02-25").is_valid()


@pytest.mark.parametrize("day", ["2027-02-22", "2027-02-23", "2027-02-24"])
def test_today_and_the_next_two_days_are_refused(hall, fixed_today, day):
    message = errors_of(make_form(hall, visit_date=day), "visit_date")
    assert message == "Please choose a day from Feb. 25, 2027: visits are arranged at least three days ahead."


def test_a_past_day_is_refused(hall, fixed_today):
    message = errors_of(make_form(hall, visit_date="2027-02-01"), "visit_date")
    assert message == "Feb. 1, 2027 has passed. Please choose a day from Feb. 25, 2027."


@pytest.mark.parametrize("day", ["2028-02-24", "2207-03-02", "9999-12-31"])
def test_a_day_more_than_a_year_ahead_is_refused(hall, fixed_today, day):
    message = errors_of(make_form(hall, visit_date=day), "visit_date")
    assert message == "Please choose a day up to Feb. 23, 2028: requests are taken at most a year ahead."


def test_a_day_a_year_ahead_is_valid(hall, fixed_today):
    assert make_form(hall, visit_date="2028-02-23").is_valid()  # a Wednesday


def test_a_day_the_hall_is_closed_every_week_is_refused(hall, fixed_today):
    message = errors_of(make_form(hall, visit_date="2027-02-27"), "visit_date")
    assert message == "The hall is closed on Feb. 27, 2027."


def test_a_public_holiday_is_refused_with_its_name(hall, fixed_today):
    message = errors_of(make_form(hall, visit_date="2027-03-01"), "visit_date")
    assert message == "The hall is closed on March 1, 2027 (Independence Movement Day)."


def test_a_hall_open_on_public_holidays_receives_groups_on_them(db, fixed_today):
    hall = HallPageFactory(
        parent=HallPageFactory._meta.model.objects.first().get_parent(), closed_on_public_holidays=False
    )
    assert make_form(hall, visit_date="2027-03-01").is_valid()


def test_a_dated_closure_is_refused_with_its_reason(hall, fixed_today):
    OpeningExceptionFactory(hall=hall, date=datetime.date(2027, 3, 3), reason="Exhibition change")
    hall = type(hall).objects.get(pk=hall.pk)
    message = errors_of(make_form(hall, visit_date="2027-03-03"), "visit_date")
    assert message == "The hall is closed on March 3, 2027 (Exhibition change)."


@pytest.mark.parametrize("arrival", ["08:59", "18:00", "21:30", "00:00"])
def test_an_arrival_outside_the_days_hours_is_refused_with_the_hours(hall, fixed_today, arrival):
    message = errors_of(make_form(hall, arrival_time=arrival), "arrival_time")
    assert message == (
        "On March 2, 2027 the hall is open 09:00–18:00 (Korea time). Please choose an arrival time within them."
    )


@pytest.mark.parametrize("arrival", ["09:00", "17:59"])
def test_an_arrival_within_the_hours_is_valid(hall, fixed_today, arrival):
    assert make_form(hall, arrival_time=arrival).is_valid()


def test_special_hours_of_a_day_are_the_ones_checked(hall, fixed_today):
    OpeningExceptionFactory(
        hall=hall, date=OPEN_DAY, is_closed=False, opens=datetime.time(13), closes=datetime.time(16), reason="Event"
    )
    hall = type(hall).objects.get(pk=hall.pk)
    assert "open 13:00–16:00" in errors_of(make_form(hall, arrival_time="10:30"), "arrival_time")
    assert make_form(hall, arrival_time="14:00").is_valid()


def test_a_day_with_a_lunch_break_names_both_intervals():
    hall = HallPageFactory.build(
        weekly_hours=weekday_hours(datetime.time(9), datetime.time(12))
        + weekday_hours(datetime.time(13), datetime.time(17))
    )
    hall.exception_rows = []
    assert time_refusal(hall.schedule, OPEN_DAY, datetime.time(14)) == ""
    assert "09:00–12:00, 13:00–17:00" in time_refusal(hall.schedule, OPEN_DAY, datetime.time(12, 30))


def test_refusals_are_said_in_the_visitors_language(hall):
    hall.exception_rows = []
    with translation.override("ko"):
        message = day_refusal(hall.schedule, datetime.date(2027, 2, 27), TODAY)
    assert "2027년 2월 27일" in message


@pytest.mark.parametrize(
    ("language", "name"), [("ko", "삼일절"), ("th", "วันอิสรภาพ"), ("vi", "Independence Movement Day")]
)
def test_a_public_holiday_is_named_in_the_visitors_language_where_known(hall, language, name):
    hall.exception_rows = []
    with translation.override(language):
        message = day_refusal(hall.schedule, datetime.date(2027, 3, 1), TODAY)
    assert f"({name})" in message


def test_a_closures_own_reason_is_kept_in_every_language(hall):
    OpeningExceptionFactory(hall=hall, date=datetime.date(2027, 3, 1), reason="Exhibition change")
    hall = type(hall).objects.get(pk=hall.pk)
    with translation.override("ko"):
        assert "(Exhibition change)" in day_refusal(hall.schedule, datetime.date(2027, 3, 1), TODAY)


@pytest.mark.parametrize("size", ["0", "301", "-4"])
def test_a_group_size_outside_1_to_300_is_refused(hall, fixed_today, size):
    assert errors_of(make_form(hall, group_size=size), "group_size") == "Please give a number of people from 1 to 300."


def test_the_group_size_message_is_translated_when_shown(hall, fixed_today, monkeypatch):
    monkeypatch.setattr("visits.forms.gettext", lambda message: message.replace("Please give", "Bitte geben"))
    form = make_form(hall, group_size="301")
    assert errors_of(form, "group_size") == "Bitte geben a number of people from 1 to 300."


@pytest.mark.parametrize("size", ["1", "300"])
def test_group_sizes_1_and_300_are_valid(hall, fixed_today, size):
    assert make_form(hall, group_size=size).is_valid()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("visit_date", "next week"),
        ("visit_date", "2027-02-30"),
        ("arrival_time", "25:00"),
        ("email", "not-an-address"),
        ("age_group", "toddlers"),
        ("guide_language", "xx"),
        ("organisation", ""),
        ("contact_name", ""),
        ("group_size", "many"),
    ],
)
def test_bad_or_missing_values_are_refused_with_a_message(hall, fixed_today, field, value):
    assert errors_of(make_form(hall, **{field: value}), field)


def test_telephone_and_message_are_optional(hall, fixed_today):
    assert make_form(hall, telephone="", message="").is_valid()


def test_the_consent_states_the_purpose_and_the_retention(hall, fixed_today):
    statement = make_form(hall).fields["consent"].help_text
    assert str(VisitRequest.purpose) in statement
    assert "deleted one year after the day of the visit" in statement
