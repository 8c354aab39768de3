"""Registration as personal data (retention from the event's end, hourly deletion), one active
registration per address and event, and when an event's registration is possible."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from contact.retention import personal_data_models, purge_expired
from programmes.choices import EventStatus
from programmes.choices import RegistrationStatus as EventRegistration
from programmes.opening_hours import CENTRE_TIME_ZONE
from registrations import places
from registrations.models import Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def make_registration(event, email="visitor@example.org", **fields):
    registration = Registration(name="Visitor", email=email, **fields)
    return places.register(event, registration, "en")


def test_it_is_kept_until_90_days_after_the_event_ends(event):
    registration = make_registration(event)
    end_day = timezone.localtime(event.ends_at, CENTRE_TIME_ZONE).date()
    assert registration.delete_after == end_day + datetime.timedelta(days=90)
    assert "90 days after the event ends" in str(Registration.retention_statement)
    assert Registration in personal_data_models()


def test_the_hourly_deletion_removes_only_expired_registrations(event, open_event):
    kept = make_registration(event)
    ended = open_event(
        starts_at=timezone.now() - datetime.timedelta(days=100),
        registration_deadline=timezone.now() - datetime.timedelta(days=101),
    )
    expired = Registration(event=ended, name="Old", email="old@example.org", language="en", consented_at=timezone.now())
    expired.save()
    assert purge_expired() == {"registrations.Registration": 1}
    assert list(Registration.objects.all()) == [kept]
    assert not Registration.objects.filter(pk=expired.pk).exists()


def test_deleting_the_event_deletes_its_registrations(event):
    make_registration(event)
    event.delete()
    assert not Registration.objects.exists()


def test_the_database_refuses_a_second_active_registration_of_an_address(event):
    make_registration(event, email="visitor@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_registration(event, email="Visitor@Example.org")


def test_a_cancelled_registration_leaves_the_address_free(event, open_event):
    first = make_registration(event)
    first.cancel()
    again = make_registration(event)
    assert again.status == RegistrationStatus.CONFIRMED
    other_event = open_event()
    assert make_registration(other_event).status == RegistrationStatus.CONFIRMED


def test_places_confirm_up_to_the_capacity_then_wait(open_event):
    event = open_event(registration_capacity=2)
    statuses = [make_registration(event, email=f"p{n}@example.org").status for n in range(4)]
    assert statuses == ["confirmed", "confirmed", "waiting", "waiting"]
    assert places.places_left(event) == 0


def test_without_a_capacity_everyone_is_confirmed(open_event):
    event = open_event(registration_capacity=None)
    assert {make_registration(event, email=f"p{n}@example.org").status for n in range(5)} == {"confirmed"}
    assert places.places_left(event) is None


def test_more_places_move_the_waiting_list_up_in_order(open_event):
    event = open_event(registration_capacity=1)
    for n in range(4):
        make_registration(event, email=f"p{n}@example.org")
    event.registration_capacity = 3
    event.save()
    with transaction.atomic():
        moved = places.fill_places(places.locked_event(event.pk))
    assert [registration.email for registration in moved] == ["p1@example.org", "p2@example.org"]
    assert Registration.objects.get(email="p3@example.org").status == RegistrationStatus.WAITING


def test_cancelling_twice_moves_only_one_up(open_event):
    event = open_event(registration_capacity=1)
    first, _second, _third = (make_registration(event, email=f"p{n}@example.org") for n in range(3))
    _cancelled, moved = places.cancel(first)
    assert [registration.email for registration in moved] == ["p1@example.org"]
    _cancelled, moved_again = places.cancel(first)
    assert moved_again == []
    assert Registration.objects.filter(event=event).confirmed().count() == 1


class TestRegistrationIsPossible:
    def test_open_before_the_deadline(self, open_event):
        event = open_event()
        assert event.registration_is_possible()
        assert event.takes_registrations_on_site()
        assert not event.registration_is_possible(event.registration_deadline + datetime.timedelta(seconds=1))

    def test_without_a_deadline_until_the_start(self, open_event):
        event = open_event(registration_deadline=None)
        assert event.registration_is_possible(event.starts_at - datetime.timedelta(minutes=1))
        assert not event.registration_is_possible(event.starts_at)

    @pytest.mark.parametrize("status", [EventRegistration.CLOSED, EventRegistration.NOT_NEEDED])
    def test_not_unless_open(self, open_event, status):
        assert not open_event(registration_status=status).registration_is_possible()

    def test_not_for_a_cancelled_event(self, open_event):
        assert not open_event(status=EventStatus.CANCELLED).registration_is_possible()

    def test_not_once_ended_even_with_a_later_deadline(self, open_event):
        event = open_event()
        after_the_end = event.ends_at + datetime.timedelta(minutes=1)
        event.registration_deadline = after_the_end + datetime.timedelta(days=1)  # refused by clean()
        assert not event.registration_is_possible(after_the_end)

    def test_an_external_address_is_possible_but_not_on_the_site(self, open_event):
        event = open_event(registration_url="https://tickets.example.org/")
        assert event.registration_is_possible()
        assert not event.takes_registrations_on_site()


def test_publishing_the_event_at_a_new_date_moves_the_deletion_day(event):
    registration = make_registration(event)
    event.starts_at += datetime.timedelta(days=30)
    event.ends_at += datetime.timedelta(days=30)
    event.registration_deadline += datetime.timedelta(days=30)
    event.save_revision().publish()
    registration.refresh_from_db()
    end_day = timezone.localtime(event.ends_at, CENTRE_TIME_ZONE).date()
    assert registration.delete_after == end_day + datetime.timedelta(days=90)


def test_publishing_more_places_moves_the_waiting_list_up_and_tells_them(open_event, mailoutbox):
    event = open_event(registration_capacity=1)
    for n in range(3):
        make_registration(event, email=f"p{n}@example.org")
    mailoutbox.clear()
    event.registration_capacity = 2
    event.save_revision().publish()
    assert Registration.objects.get(email="p1@example.org").status == RegistrationStatus.CONFIRMED
    assert Registration.objects.get(email="p2@example.org").status == RegistrationStatus.WAITING
    assert [message.to for message in mailoutbox] == [["p1@example.org"]]
    assert "A place is yours" in mailoutbox[0].subject
    assert "/en/registrations/cancel/" in mailoutbox[0].body


def test_an_editor_cannot_set_a_deadline_after_the_end(open_event):
    event = open_event()
    event.registration_deadline = event.ends_at + datetime.timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "registration_deadline" in error.value.message_dict
    event.registration_deadline = event.ends_at
    event.clean()
