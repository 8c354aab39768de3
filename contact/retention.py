"""Deleting personal data once its stated retention period is over.

Every concrete subclass of contact.models.PersonalData is swept: rows whose `delete_after` day has
passed are deleted. The worker runs `manage.py purge_personal_data` every hour
(WORKER_PERIODIC_COMMANDS); `purge_expired_personal_data` is the same as a task.
"""

import logging

from django_tasks import task

from django.apps import apps
from django.utils import timezone

from contact.models import PersonalData

logger = logging.getLogger(__name__)


def personal_data_models():
    return [model for model in apps.get_models() if issubclass(model, PersonalData)]


def purge_expired(today=None):
    """Delete every record kept past its retention period; returns {model label: rows deleted}."""
    today = today or timezone.localdate()
    deleted = {}
    for model in personal_data_models():
        count, _by_model = model.objects.filter(delete_after__lt=today).delete()
        if count:
            deleted[model._meta.label] = count
            logger.info("Deleted %d %s past their retention period", count, model._meta.verbose_name_plural)
    return deleted


@task()
def purge_expired_personal_data():
    return purge_expired()
