"""When an event with registrations is published again: its registrations follow it.

- They are kept 90 days from the event's end (Registration.retention_starts), so a new end moves
  their deletion day.
- More places (a larger capacity, or none) move the waiting list up, first come first served, and
  those moved up are told, as after a cancellation. Their links use the site's own address.
"""

import datetime
import logging

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import page_published

from programmes.models import EventPage
from programmes.opening_hours import CENTRE_TIME_ZONE
from registrations import places
from registrations.emails import notify_after_commit
from registrations.models import Registration

logger = logging.getLogger(__name__)


@receiver(page_published, sender=EventPage)
def registrations_follow_their_event(sender, instance, **kwargs):
    registrations = Registration.objects.filter(event=instance)
    if not registrations.exists():
        return
    end_day = timezone.localtime(instance.ends_at, CENTRE_TIME_ZONE).date()
    registrations.update(delete_after=end_day + datetime.timedelta(days=Registration.retention_days))
    with transaction.atomic():
        moved_up = places.fill_places(places.locked_event(instance.pk))
    if moved_up:
        site = instance.get_site()
        if site is None:
            logger.warning("Event %s is in no site: those moved up from its waiting list are not told", instance.pk)
            return
        for registration in moved_up:
            notify_after_commit(registration, "moved_up", site.root_url + "/")
