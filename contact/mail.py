"""E-mails to visitors and to the Centre's teams, written in the visitor's language from templates.

`compose("contact/email/inquiry_received", context, to=..., language="th")` renders
`templates/contact/email/inquiry_received_subject.txt` (one line) and `…/inquiry_received.txt` in
that language and returns the message; `.send()` hands it to EMAIL_BACKEND, which queues it
(akc_site/mail.py). Call it from a task, by the record's id, when the message has attachments
(an event's .ics): those are delivered at once, so the task, not the visitor's request, waits.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def compose(template, context, *, to, language, reply_to=(), attachments=()):
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    message = EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        to=[to] if isinstance(to, str) else list(to),
        reply_to=list(reply_to),
    )
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message
