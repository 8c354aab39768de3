"""Admin sign-in: lock-out after repeated failures, long passwords, no hint whether a user exists."""

import pytest
from axes.models import AccessAttempt

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings

LOGIN = "/admin/login/"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-and-good-password")


def sign_in(client, username, password, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


LOAD_BALANCER = {"REMOTE_ADDR": "10.0.0.2"}


def test_correct_password_signs_in(client, staff):
    assert sign_in(client, "staff", "a-long-and-good-password").status_code == 302


def test_five_failures_lock_the_account_even_for_the_right_password(client, staff):
    for _attempt in range(4):
        assert sign_in(client, "staff", "wrong-password").status_code == 200
    assert sign_in(client, "staff", "wrong-password").status_code == 429, "the fifth failure locks"
    locked = sign_in(client, "staff", "a-long-and-good-password")
    assert locked.status_code == 429
    assert b"locked" in locked.content
    assert client.get("/admin/").status_code == 302, "not signed in"


def test_messages_do_not_reveal_whether_a_user_exists(client, staff):
    unknown_user = sign_in(client, "nobody-here", "wrong-password").content.decode()
    wrong_password = sign_in(client, "staff", "wrong-password").content.decode()

    def error(html):
        return html[html.find("error") : html.find("error") + 300]

    assert error(unknown_user) == error(wrong_password)


@pytest.mark.parametrize("password", ["short-pass", "12345678901234", "password12345"])
def test_weak_or_short_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_twelve_character_password_is_accepted():
    validate_password("ASEAN-Korea-2026")


@override_settings(AKC_TRUSTED_PROXY_COUNT=0)
def test_without_trusted_proxies_a_forged_forwarded_for_changes_nothing(client, staff):
    for attempt in range(5):
        forged = {**LOAD_BALANCER, "HTTP_X_FORWARDED_FOR": f"198.51.100.{attempt + 1}"}
        response = sign_in(client, "staff", "wrong-password", **forged)
    assert response.status_code == 429, "five failures from REMOTE_ADDR lock, whatever the header says"
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"10.0.0.2"}


@override_settings(AKC_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_two_clients_are_locked_separately(client, staff):
    first = {**LOAD_BALANCER, "HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    # What the client wrote itself is left of what the load balancer appended: not trusted.
    second = {**LOAD_BALANCER, "HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.7"}
    for _attempt in range(5):
        response = sign_in(client, "staff", "wrong-password", **first)
    assert response.status_code == 429
    assert sign_in(client, "staff", "a-long-and-good-password", **first).status_code == 429
    assert sign_in(client, "staff", "a-long-and-good-password", **second).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.1"}


@override_settings(AKC_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_a_request_without_forwarded_for_counts_for_the_peer(client, staff):
    sign_in(client, "staff", "wrong-password", **LOAD_BALANCER)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"10.0.0.2"}
