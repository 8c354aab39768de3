"""Hall group visits in the admin: the list, its filters and CSV, confirming and declining, permissions."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from staff.roles import EDITORS, MODERATORS
from tests.factories import UserFactory
from tests.visits.helpers import OPEN_DAY
from visits.models import VisitRequest, VisitStatus

LIST = "/admin/hall_visits/"


def make_visit(hall, **fields):
    values = {
        "hall": hall,
        "visit_date": OPEN_DAY,
        "arrival_time": datetime.time(10, 30),
        "group_size": 25,
        "age_group": "school_pupils",
        "guide_language": "ko",
        "organisation": "Hanbit Middle School",
        "contact_name": "Kim Minji",
        "email": "teacher@example.org",
        "language": "en",
        "consented_at": timezone.now(),
    }
    values.update(fields)
    return VisitRequest.objects.create(**values)


def edit(client, visit, status, note=""):
    return client.post(f"{LIST}edit/{visit.pk}/", {"status": status, "staff_note": note})


def test_the_list_shows_filters_and_searches_requests(editor_client, hall):
    make_visit(hall)
    make_visit(hall, organisation="Busan Seniors Club", status=VisitStatus.CONFIRMED)
    response = editor_client.get(LIST)
    assert response.status_code == 200
    assert "Hanbit Middle School" in response.text and "Busan Seniors Club" in response.text
    confirmed = editor_client.get(LIST, {"status": "confirmed"}).text
    assert "Busan Seniors Club" in confirmed and "Hanbit Middle School" not in confirmed
    found = editor_client.get(LIST, {"q": "Hanbit"}).text
    assert "Hanbit Middle School" in found and "Busan Seniors Club" not in found


def test_the_list_exports_csv(editor_client, hall):
    make_visit(hall, message="Two pupils use wheelchairs.")
    response = editor_client.get(LIST, {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    assert "Hanbit Middle School" in text and "teacher@example.org" in text and "Two pupils use wheelchairs." in text


def test_the_decision_form_shows_what_the_group_asked_for(editor_client, hall):
    visit = make_visit(hall, message="Two pupils use wheelchairs.")
    response = editor_client.get(f"{LIST}edit/{visit.pk}/")
    assert response.status_code == 200
    shown = ("Hanbit Middle School", "Visit Hall", "March 2, 2027", "10:30", "School pupils", "한국어", "wheelchairs")
    for text in shown:
        assert text in response.text, text
    assert 'name="status"' in response.text and 'name="staff_note"' in response.text
    assert 'name="organisation"' not in response.text, "what the requester gave stays as given"


def test_confirming_e_mails_the_requester_once_with_the_note(editor_client, hall):
    visit = make_visit(hall, language="ko")
    response = edit(editor_client, visit, "confirmed", "Please come to the main entrance.")
    assert response.status_code == 302
    visit.refresh_from_db()
    assert visit.status == "confirmed" and visit.decided_at is not None
    (message,) = mail.outbox
    assert message.to == ["teacher@example.org"] and message.reply_to == ["hall@example.org"]
    assert hall.title_ko in message.subject, "in the requester's language"
    assert "Please come to the main entrance." in message.body
    edit(editor_client, visit, "confirmed", "A second save.")
    edit(editor_client, visit, "declined", "Changed later.")
    assert len(mail.outbox) == 1, "the requester is e-mailed once, at the first decision"


def test_declining_e_mails_the_requester_with_the_note(editor_client, hall):
    visit = make_visit(hall)
    assert edit(editor_client, visit, "declined", "The hall is booked for an event that day.").status_code == 302
    (message,) = mail.outbox
    assert "cannot receive your group" in message.body
    assert "The hall is booked for an event that day." in message.body


def test_saving_a_request_without_a_decision_sends_nothing(editor_client, hall):
    visit = make_visit(hall)
    assert edit(editor_client, visit, "requested", "Waiting for the guide's answer.").status_code == 302
    assert mail.outbox == []


def test_a_decided_request_cannot_go_back_to_requested(editor_client, hall):
    visit = make_visit(hall)
    edit(editor_client, visit, "declined")
    response = edit(editor_client, visit, "requested")
    assert response.status_code == 200, "the form is shown again with the error"
    visit.refresh_from_db()
    assert visit.status == "declined" and len(mail.outbox) == 1


def test_nobody_adds_a_request_in_the_admin(editor_client, hall):
    assert editor_client.get(f"{LIST}new/").status_code in (302, 403)


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_editors_and_moderators_see_and_decide_requests(client, hall, group):
    visit = make_visit(hall)
    client.force_login(UserFactory(groups=[group]))
    assert client.get(LIST).status_code == 200
    assert edit(client, visit, "confirmed").status_code == 302
    assert client.get(f"{LIST}inspect/{visit.pk}/").status_code == 200


def test_translators_do_not_see_requests(client, translator, hall):
    visit = make_visit(hall)
    client.force_login(translator)
    assert client.get(LIST).status_code in (302, 403)
    assert edit(client, visit, "confirmed").status_code in (302, 403)
    visit.refresh_from_db()
    assert visit.status == "requested" and mail.outbox == []
