"""E-mail goes through the task queue (akc_site/mail.py); its settings come from the environment."""

import pytest

from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.test import override_settings

from akc_site.environment import email_settings
from akc_site.settings import base
from staff.roles import MODERATORS
from tests import factories

QUEUED = {
    "EMAIL_BACKEND": "akc_site.mail.QueuedEmailBackend",
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}


@override_settings(**QUEUED)
def test_a_message_is_queued_as_a_task_and_delivered_by_it(django_capture_on_commit_callbacks):
    message = EmailMultiAlternatives("Subject", "Text", "site@example.org", ["editor@example.org"])
    message.attach_alternative("<p>Text</p>", "text/html")
    assert message.send() == 1
    [delivered] = mail.outbox
    assert delivered.subject == "Subject" and delivered.to == ["editor@example.org"]
    assert delivered.alternatives[0].content == "<p>Text</p>"


@override_settings(**QUEUED)
def test_a_moderation_notice_goes_through_the_queue(client, priority_index):
    moderator = factories.UserFactory(username="moderator", email="moderator@example.org", groups=[MODERATORS])
    submitter = factories.SuperuserFactory(username="submitter", email="submitter@example.org")
    priority_index.save_revision(user=submitter)
    priority_index.get_workflow().start(priority_index, submitter)
    assert any(moderator.email in message.to for message in mail.outbox)


def test_queued_mail_is_the_default_everywhere_but_the_tests():
    assert base.EMAIL_BACKEND == "akc_site.mail.QueuedEmailBackend"
    assert base.EMAIL_DELIVERY_BACKEND == "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, {"host": "localhost", "port": 25, "use_tls": False, "use_ssl": False, "user": ""}),
        (
            {"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "587", "EMAIL_USE_TLS": "true", "EMAIL_HOST_USER": "u"},
            {"host": "smtp.example.org", "port": 587, "use_tls": True, "user": "u"},
        ),
        (
            {"EMAIL_URL": "smtp+tls://web%40akc:p%2Fss@mail.example.org"},
            {"host": "mail.example.org", "port": 587, "use_tls": True, "user": "web@akc", "password": "p/ss"},
        ),
        ({"EMAIL_URL": "smtps://mail.example.org"}, {"port": 465, "use_ssl": True, "use_tls": False}),
        ({"EMAIL_URL": "smtp://127.0.0.1:2525"}, {"host": "127.0.0.1", "port": 2525, "use_tls": False}),
        ({"EMAIL_URL": "smtp://mail.example.org?tls=true"}, {"port": 587, "use_tls": True}),
    ],
)
def test_email_settings_from_the_environment(environ, expected):
    found = email_settings(environ)
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize(
    "environ", [{"EMAIL_URL": "http://mail.example.org"}, {"EMAIL_USE_TLS": "true", "EMAIL_USE_SSL": "true"}]
)
def test_wrong_email_settings_are_refused(environ):
    with pytest.raises(ValueError, match="EMAIL_"):
        email_settings(environ)


@override_settings(**QUEUED)
def test_a_message_without_recipients_is_not_queued():
    assert send_mail("Subject", "Text", "site@example.org", []) == 0
    assert mail.outbox == []
