"""Who gets a place: confirmed while the event has places, else the waiting list, first come first served.

Each decision is taken inside a transaction holding a lock on the event's row (select_for_update on
PostgreSQL; SQLite serialises writes anyway), so two visitors registering at once cannot both take
the last place, and a cancellation gives its place to exactly one waiting registration.
"""

from django.db import transaction
from django.utils import timezone

from programmes.models import EventPage
from registrations.models import Registration, RegistrationStatus


def locked_event(event_id):
    return EventPage.objects.select_for_update().get(pk=event_id)


def has_a_place(event):
    capacity = event.registration_capacity
    return capacity is None or Registration.objects.filter(event=event).confirmed().count() < capacity


def places_left(event):
    """How many places are free, or None when there is no limit."""
    if event.registration_capacity is None:
        return None
    taken = Registration.objects.filter(event=event).confirmed().count()
    return max(event.registration_capacity - taken, 0)


def register(event, registration, language):
    """Save an unsaved registration for the event, confirmed or waiting; IntegrityError when the address
    registered meanwhile."""
    with transaction.atomic():
        event = locked_event(event.pk)
        registration.event = event
        registration.language = language
        registration.consented_at = timezone.now()
        registration.status = RegistrationStatus.CONFIRMED if has_a_place(event) else RegistrationStatus.WAITING
        registration.save()
    return registration


def fill_places(event):
    """Move waiting registrations up while there are places; returns those moved up. Call it locked."""
    moved_up = []
    while has_a_place(event):
        first = Registration.objects.filter(event=event).waiting().select_for_update().first()
        if first is None:
            break
        first.status = RegistrationStatus.CONFIRMED
        first.save(update_fields=["status", "delete_after"])
        moved_up.append(first)
    return moved_up


def cancel(registration):
    """Cancel the registration; returns (registration, those moved up), nobody moved up when it was
    already cancelled or only waiting."""
    with transaction.atomic():
        event = locked_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.is_cancelled:
            return registration, []
        was_confirmed = registration.status == RegistrationStatus.CONFIRMED
        registration.cancel()
        moved_up = fill_places(event) if was_confirmed else []
    registration.event = event
    return registration, moved_up
