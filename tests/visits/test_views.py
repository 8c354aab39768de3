"""The request form's own address: the page, a request sent, every refusal keeping what was typed, CSRF."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.test import Client, override_settings
from django.utils.cache import get_max_age

from contact import guards
from pages.models import OrganisationSettings
from programmes.models import HallPage
from tests.visits.helpers import OPEN_DAY, visit_data
from visits.models import VisitRequest


def url(hall, language="en"):
    return f"/{language}/hall-visits/{hall.pk}/"


def document(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def assert_never_cached(response):
    assert get_max_age(response) == 0
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def assert_kept(page, data=None):
    """Everything typed is in the form again (the consent and the stamp aside)."""
    data = data or visit_data()
    for name in ("organisation", "contact_name", "email", "telephone", "group_size", "visit_date", "arrival_time"):
        assert page.select_one(f"[name={name}]")["value"] == data[name], name
    # a browser drops the newline Django writes after <textarea>
    assert page.select_one("[name=message]").get_text().removeprefix("\n") == data["message"]
    assert page.select_one(f"[name=age_group][value={data['age_group']}]").has_attr("checked")
    assert page.select_one(f"[name=guide_language] option[value={data['guide_language']}]").has_attr("selected")


def test_the_form_page_names_the_hall_its_hours_and_consent_and_is_never_cached(client, hall, fixed_today):
    response = client.get(url(hall))
    page = document(response)
    assert_never_cached(response)
    assert page.html["lang"] == "en"
    assert "Visit Hall" in page.h1.get_text()
    assert len(page.select(".opening-hours tr")) == 7
    date_input = page.select_one("input[name=visit_date]")
    assert (date_input["type"], date_input["min"], date_input["max"]) == ("date", "2027-02-25", "2028-02-23")
    assert page.select_one("input[name=csrfmiddlewaretoken]")
    assert "deleted one year after the day of the visit" in page.select_one("#id_consent_help").get_text()
    languages = [option["value"] for option in page.select("[name=guide_language] option")]
    assert languages == ["", "en", "ko", "id", "ms", "th", "vi", "fil", "km", "lo", "my"]


def test_the_form_page_in_korean(client, hall, fixed_today):
    page = document(client.get(url(hall, "ko")))
    assert page.html["lang"] == "ko"
    assert hall.title_ko in page.h1.get_text()


def test_a_request_is_saved_acknowledged_and_sent_to_the_hall(client, hall, fixed_today):
    response = client.post(url(hall, "ko"), visit_data())
    assert response.status_code == 302 and response["Location"] == f"/ko/hall-visits/{hall.pk}/thanks/"
    visit = VisitRequest.objects.get()
    assert (visit.hall, visit.language, visit.organisation, visit.visit_date) == (
        hall,
        "ko",
        "Hanbit Middle School",
        OPEN_DAY,
    )
    acknowledgement, notice = mail.outbox
    assert acknowledgement.to == ["teacher@example.org"] and acknowledgement.reply_to == ["hall@example.org"]
    assert hall.title_ko in acknowledgement.subject, "written in the requester's language"
    assert "Hanbit Middle School" in acknowledgement.body and "10:30" in acknowledgement.body
    assert notice.to == ["hall@example.org"] and notice.reply_to == ["teacher@example.org"]
    assert "Visit Hall" in notice.subject and "25 people" in notice.subject
    assert f"/admin/hall_visits/edit/{visit.pk}/" in notice.body
    assert "한국어" in notice.body, "the language of the request"
    thanks = client.get(response["Location"])
    assert_never_cached(thanks)
    assert hall.title_ko in document(thanks).select_one("main").get_text()


def test_without_a_hall_address_the_halls_team_is_told(client, hall, fixed_today, site):
    HallPage.objects.filter(pk=hall.pk).update(contact_email="")
    settings = OrganisationSettings.for_site(site)
    settings.halls_email = "halls@example.org"
    settings.save()
    assert client.post(url(hall), visit_data()).status_code == 302
    assert mail.outbox[1].to == ["halls@example.org"]


def test_the_thanks_page_in_english(client, hall):
    page = document(client.get(f"/en/hall-visits/{hall.pk}/thanks/"))
    assert page.h1.get_text() == "Your request has been sent"
    assert page.select_one(f'a[href="{hall.url}"]')


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"consent": None}, "consent", "Please agree"),
        ({"email": "teacher@example"}, "email", "e-mail address such as"),
        ({"visit_date": "2027-02-23"}, "visit_date", "at least three days ahead"),
        ({"visit_date": "2026-12-01"}, "visit_date", "has passed"),
        ({"visit_date": "2027-02-27"}, "visit_date", "The hall is closed on"),
        ({"visit_date": "2027-03-01"}, "visit_date", "Independence Movement Day"),
        ({"arrival_time": "19:00"}, "arrival_time", "open 09:00–18:00"),
        ({"group_size": "500"}, "group_size", "from 1 to 300"),
    ],
)
def test_a_refused_field_says_why_and_keeps_everything(client, hall, fixed_today, changes, field, message):
    data = visit_data(**changes)
    response = client.post(url(hall), data)
    page = document(response)
    assert_never_cached(response)
    assert message in page.select_one(f"#id_{field}_error").get_text()
    assert page.select_one(f"[name={field}]")["aria-invalid"] == "true"
    assert page.select_one("#form-errors[role=alert]")
    assert_kept(page, {**visit_data(), **{key: value for key, value in data.items() if key in changes}})
    assert not VisitRequest.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"homepage": "http://spam.example"}, "leave the last field empty"),
        ({"started": guards.new_stamp}, "within seconds of opening"),
        ({"started": "1700000000:forged"}, "could not be checked"),
    ],
)
def test_the_spam_guards_refuse_and_keep_everything(client, hall, fixed_today, changes, message):
    changes = {name: value() if callable(value) else value for name, value in changes.items()}
    page = document(client.post(url(hall), visit_data(**changes)))
    assert message in page.select_one("#form-errors").get_text()
    assert_kept(page)
    assert not VisitRequest.objects.exists() and not mail.outbox


@override_settings(FORM_SENDS_PER_HOUR=2)
def test_the_rate_limit_refuses_the_third_request_in_an_hour_and_keeps_it(client, hall, fixed_today):
    for _send in range(2):
        assert client.post(url(hall), visit_data()).status_code == 302
    page = document(client.post(url(hall), visit_data()))
    assert "Several forms have been sent from this address" in page.select_one("#form-errors").get_text()
    assert_kept(page)
    assert VisitRequest.objects.count() == 2


def test_csrf_is_enforced(hall, fixed_today):
    client = Client(enforce_csrf_checks=True)
    assert client.post(url(hall), visit_data()).status_code == 403
    page = document(client.get(url(hall)))
    token = page.select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert client.post(url(hall), visit_data(csrfmiddlewaretoken=token)).status_code == 302
    assert VisitRequest.objects.count() == 1


@pytest.mark.parametrize(
    "path",
    [
        *("999999/", "999999/thanks/", "abc/", "-1/", "1.5/", "%ff/", "0/"),
        *("2147483648/", f"{'9' * 40}/", f"{'9' * 40}/thanks/"),  # beyond a page id: never a database error
    ],
)
def test_an_unknown_hall_is_not_found(client, path, db):
    assert client.get(f"/en/hall-visits/{path}").status_code == 404


def test_a_page_that_is_not_a_hall_is_not_found(client, home):
    assert client.get(f"/en/hall-visits/{home.pk}/").status_code == 404


def test_an_unpublished_hall_is_not_found(client, hall):
    hall.unpublish()
    assert client.get(url(hall)).status_code == 404
    assert client.post(url(hall), visit_data()).status_code == 404


def test_the_hall_page_links_to_its_visit_form_and_stays_cacheable(client, hall):
    response = client.get(hall.url)
    page = document(response)
    section = page.select_one("section[aria-labelledby=group-visits-title]")
    assert section.select_one("h2").get_text() == "Group visits"
    assert section.select_one("a")["href"] == f"/en/hall-visits/{hall.pk}/"
    assert "csrfmiddlewaretoken" not in response.text


def test_the_form_page_costs_a_fixed_number_of_queries(client, hall, fixed_today, django_assert_max_num_queries):
    client.get(url(hall))  # the site's settings and menus cached
    with django_assert_max_num_queries(4):  # the hall, the site, its settings, the hall's exceptions
        client.get(url(hall))
    for _exception in range(10):
        hall.exceptions.create(date=OPEN_DAY, is_closed=True, reason="Closed")
    with django_assert_max_num_queries(4):  # the hall, the site, its settings, the hall's exceptions
        client.get(url(hall))


@pytest.mark.parametrize(
    "changes",
    [
        {"visit_date": "9999-12-31"},
        {"visit_date": "0001-01-01"},
        {"visit_date": "2027-03-02\x00"},
        {"arrival_time": "10:30:99"},
        {"group_size": "9" * 40},
        {"organisation": "x" * 2048},
        {"message": "x" * 5000},
        {"started": "\xff" * 50},
    ],
)
def test_odd_values_are_refused_with_a_message_never_a_server_error(client, hall, fixed_today, changes):
    page = document(client.post(url(hall), visit_data(**changes)))
    assert page.select_one("#form-errors[role=alert]")
    assert not VisitRequest.objects.exists()


def test_bytes_that_are_not_utf_8_are_refused_with_a_message(client, hall, fixed_today):
    body = b"visit_date=\xff\xfe&email=\xc3"
    response = client.post(url(hall), body, content_type="application/x-www-form-urlencoded")
    assert document(response).select_one("#form-errors")
