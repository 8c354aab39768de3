"""What visitors send the Centre, and the rules every such record follows.

`PersonalData` is the base of every model that stores a visitor's personal data (an inquiry here;
a registration in registrations/, a visit request in visits/): it records the language the visitor
wrote in, when they consented, and the day after which the record is deleted (contact/retention.py,
run by the worker every hour). Each model states its purpose and retention period, which the
consent checkbox shows the visitor word for word (contact/guards.py).
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonalData(models.Model):
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=12, help_text=_("The language the visitor used."))
    consented_at = models.DateTimeField(_("consent given"))
    delete_after = models.DateField(_("deleted after"), db_index=True, editable=False)

    # Stated to the visitor beside the consent checkbox; each model says its own.
    purpose = None
    # How long the record is kept, in days from retention_starts(), and the same said to the
    # visitor as a sentence ("It is deleted one year after it is received.").
    retention_days = 365
    retention_statement = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.delete_after = self.retention_starts() + datetime.timedelta(days=self.retention_days)
        super().save(*args, **kwargs)

    def retention_starts(self):
        """The day the retention period counts from: the day received, unless a model knows better."""
        return timezone.localdate(self.created_at)
