"""A visit request is kept one year after the day of the visit, then deleted by the hourly sweep."""

import datetime

from django.utils import timezone

from contact.retention import personal_data_models, purge_expired
from tests.visits.test_admin import make_visit
from visits.models import VisitRequest


def test_a_request_is_kept_a_year_after_the_visit_then_deleted(hall):
    visit = make_visit(hall, visit_date=datetime.date(2027, 3, 2))
    assert visit.delete_after == datetime.date(2028, 3, 1)
    assert VisitRequest in personal_data_models()
    assert purge_expired(today=datetime.date(2028, 3, 1)) == {}
    assert purge_expired(today=datetime.date(2028, 3, 2)) == {"visits.VisitRequest": 1}
    assert not VisitRequest.objects.exists()


def test_the_clock_starts_at_the_visit_not_at_the_request(hall):
    received = timezone.now()
    visit = make_visit(hall, visit_date=timezone.localdate(received) + datetime.timedelta(days=200))
    assert visit.delete_after == visit.visit_date + datetime.timedelta(days=365)
    later = make_visit(hall, visit_date=visit.visit_date + datetime.timedelta(days=30))
    assert later.delete_after > visit.delete_after


def test_a_hall_taken_away_takes_its_requests(hall):
    make_visit(hall)
    hall.delete()
    assert not VisitRequest.objects.exists()
