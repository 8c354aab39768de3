"""The spam defence and consent every visitor's form shares (contact/guards.py)."""

import time
from unittest import mock

import pytest

from django import forms
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from contact import guards
from pages.models import OrganisationSettings


class Record:
    purpose = "To answer you."
    retention_statement = "It is deleted after a year."


class MessageForm(guards.VisitorFormMixin, forms.Form):
    personal_data_model = Record
    rate_scope = "test"
    email = forms.EmailField()
    message = forms.CharField()


def stamp_from(seconds_ago):
    """A stamp as the form would have carried, shown that many seconds ago."""
    issued = time.time() - seconds_ago
    with mock.patch("time.time", return_value=issued):
        return guards.new_stamp()


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


def request(address="203.0.113.7"):
    return RequestFactory().post("/en/contact/", REMOTE_ADDR=address)


def data(**changes):
    values = {"email": "visitor@example.org", "message": "Hello", "consent": "on", "started": stamp_from(60)}
    values.update(changes)
    return values


@pytest.fixture
def site_settings(db):
    from wagtail.models import Site

    return OrganisationSettings.for_site(Site.objects.get(is_default_site=True))


def test_a_human_send_is_valid(site_settings):
    form = MessageForm(data(), request=request())
    assert form.is_valid(), form.errors


def test_the_honeypot_refuses_and_keeps_what_was_typed(site_settings):
    form = MessageForm(data(homepage="http://spam.example"), request=request())
    assert not form.is_valid()
    assert form["message"].value() == "Hello"
    assert "leave the last field empty" in str(form.non_field_errors())


def test_a_form_sent_within_seconds_is_refused(site_settings):
    form = MessageForm(data(started=guards.new_stamp()), request=request())
    assert not form.is_valid()
    assert "within seconds" in str(form.non_field_errors())


@pytest.mark.parametrize("stamp", ["", "123", "1700000000:forged", None])
def test_a_forged_or_missing_stamp_is_refused_and_renewed(site_settings, stamp):
    form = MessageForm(data(started=stamp), request=request())
    assert not form.is_valid()
    assert guards.seconds_since(form["started"].value()) is not None, "a fresh stamp to send again with"


def test_a_day_old_stamp_is_refused(site_settings):
    form = MessageForm(data(started=stamp_from(guards.STAMP_MAX_AGE + 60)), request=request())
    assert not form.is_valid()


def test_consent_is_required_and_states_purpose_retention_and_officer(site_settings):
    site_settings.privacy_officer = "Jane Doe, Head of Administration"
    site_settings.privacy_officer_email = "privacy@example.org"
    site_settings.save()
    form = MessageForm(data(consent=""), request=request())
    assert not form.is_valid()
    assert "consent" in form.errors
    statement = form.fields["consent"].help_text
    assert "To answer you." in statement and "after a year" in statement
    assert "Jane Doe, Head of Administration (privacy@example.org)" in statement


@override_settings(FORM_SENDS_PER_HOUR=2)
def test_the_rate_limit_counts_the_client_address_and_the_e_mail_address(site_settings):
    for _send in range(2):
        form = MessageForm(data(), request=request())
        assert form.is_valid()
        form.count_send()
    assert not MessageForm(data(), request=request()).is_valid()
    assert not MessageForm(data(), request=request("198.51.100.1")).is_valid(), "same e-mail address"
    assert MessageForm(data(email="other@example.org"), request=request("198.51.100.1")).is_valid()


def test_with_the_cache_down_a_visitor_can_still_send(site_settings, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get_many", down)
    monkeypatch.setattr(cache, "add", down)
    form = MessageForm(data(), request=request())
    assert form.is_valid()
    form.count_send()
