"""E-mail leaves through the task queue, so a slow or unreachable mail server never holds up a request.

`QueuedEmailBackend` (EMAIL_BACKEND) turns each message into a task, `deliver_email`, which the
worker (`manage.py run_worker`) hands to EMAIL_DELIVERY_BACKEND: SMTP in production
(EMAIL_URL or EMAIL_HOST...), files under var/mail/ in development. Wagtail's moderation notices and
Django's password resets send through EMAIL_BACKEND, so both go this way. A message is queued as
its fields (subject, body, addresses, headers, HTML alternative), which is all those send; one with
attachments, which a task's JSON arguments cannot carry, is delivered at once instead.
"""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


def message_fields(message):
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", ())],
    }


def delivery_connection():
    return get_connection(settings.EMAIL_DELIVERY_BACKEND)


@task()
def deliver_email(fields):
    fields = dict(fields)
    alternatives = fields.pop("alternatives")
    message = EmailMultiAlternatives(**fields, alternatives=[tuple(pair) for pair in alternatives])
    sent = delivery_connection().send_messages([message])
    logger.info("Delivered an e-mail to %d recipient(s): %s", len(message.recipients()), message.subject)
    return sent


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            if message.attachments:
                queued += delivery_connection().send_messages([message]) or 0
                continue
            try:
                deliver_email.enqueue(message_fields(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Could not queue an e-mail")
                continue
            queued += 1
        return queued
