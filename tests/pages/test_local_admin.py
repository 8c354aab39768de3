import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError


def password_works(password):
    return get_user_model().objects.get(username="admin").check_password(password)


def run_command():
    out = io.StringIO()
    call_command("ensure_local_admin", stdout=out)
    return out.getvalue()


def test_admin_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("AKC_ADMIN_PASSWORD", "correct-horse-battery-staple")
    output = run_command()
    assert "correct-horse" not in output
    assert password_works("correct-horse-battery-staple")


def test_generated_password_is_printed_once_and_works(db, monkeypatch):
    monkeypatch.delenv("AKC_ADMIN_PASSWORD", raising=False)
    output = run_command()
    password = output.split("password: ")[1].split()[0]
    assert len(password) >= 16
    assert password_works(password)
    second = run_command()
    assert password not in second and "already exists" in second
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_existing_account_is_never_changed(db, monkeypatch):
    monkeypatch.setenv("AKC_ADMIN_PASSWORD", "first-password-value")
    run_command()
    monkeypatch.setenv("AKC_ADMIN_PASSWORD", "second-password-value")
    run_command()
    assert password_works("first-password-value")


@pytest.mark.parametrize("password", ["short-pass", "123456789012345", "password1234"])
def test_a_weak_password_from_the_environment_is_refused(db, monkeypatch, password):
    monkeypatch.setenv("AKC_ADMIN_PASSWORD", password)
    with pytest.raises(CommandError, match="AKC_ADMIN_PASSWORD is refused"):
        run_command()
    assert not get_user_model().objects.filter(username="admin").exists()
