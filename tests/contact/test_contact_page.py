"""The contact page: its place in the tree, its rendering, and the inquiry form from send to deletion."""

import csv
import datetime
import io
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from contact import guards
from contact.models import ContactPage, Inquiry, InquiryTopic
from contact.retention import purge_expired
from home.models import HomePage
from pages.models import OrganisationSettings, StandardPage
from staff.roles import EDITORS, TRANSLATORS
from tests import factories
from tests.admin_forms import empty_stream_fields, form_errors, initial_form_data

ADDRESS = "198.51.100.23"


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact_page(db):
    return ContactPage.objects.get()


@pytest.fixture
def organisation(db):
    settings = OrganisationSettings.objects.get()
    settings.email = "info@example.org"
    settings.press_email = "press@example.org"
    settings.halls_email = "halls@example.org"
    settings.privacy_officer = "Privacy Officer, Administration"
    settings.privacy_officer_email = "privacy@example.org"
    settings.office_hours = "Monday to Friday, 9:00–18:00"
    settings.save()
    return settings


def stamp_from(seconds_ago):
    with mock.patch("time.time", return_value=time.time() - seconds_ago):
        return guards.new_stamp()


def inquiry_data(**changes):
    data = {
        "topic": InquiryTopic.PRESS,
        "name": "Nguyễn Thị Lan",
        "email": "lan@example.org",
        "organisation": "Viet Nam News",
        "message": "May I interview the Secretary General?",
        "consent": "on",
        "homepage": "",
        "started": stamp_from(60),
    }
    data.update(changes)
    return data


def send(client, language="en", **changes):
    return client.post(f"/{language}/contact/", inquiry_data(**changes), REMOTE_ADDR=ADDRESS)


def document(response):
    return BeautifulSoup(response.content, "html.parser")


def test_one_contact_page_under_home_only(contact_page):
    home = HomePage.objects.get()
    assert set(ContactPage.allowed_parent_page_models()) == {HomePage}
    assert ContactPage.allowed_subpage_models() == []
    assert not ContactPage.can_create_at(home), "one contact page per site"
    assert not ContactPage.can_create_at(StandardPage.objects.first())
    assert contact_page.url_path == "/home/contact/"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_page_renders_with_its_form_in_language_and_is_never_cached(client, contact_page, organisation, language):
    response = client.get(f"/{language}/contact/")
    assert response.status_code == 200
    page = document(response)
    assert page.html["lang"] == language
    assert getattr(contact_page, f"title_{language}") in page.h1.get_text()
    assert not page.select(".fallback-notice")
    assert page.select_one("form.visitor-form input[name=csrfmiddlewaretoken]")
    assert {"topic", "name", "email", "organisation", "message", "consent", "homepage", "started"} <= {
        field["name"] for field in page.select("form.visitor-form [name]")
    }
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_page_shows_the_filled_contact_details_and_no_empty_label(client, organisation):
    organisation.phone = ""
    organisation.save()
    page = document(client.get("/en/contact/"))
    facts = page.select_one(".contact__facts").get_text(" ", strip=True)
    assert "info@example.org" in facts and "press@example.org" in facts and "halls@example.org" in facts
    assert "Monday to Friday" in facts and "Privacy Officer, Administration" in facts
    assert "Telephone" not in facts, "no label for an empty field"
    assert "Events and programmes" not in facts, "the programmes team has no address of its own"


def test_the_footer_shows_office_hours_and_links_the_contact_page(client, organisation):
    footer = document(client.get("/ko/about/")).select_one("footer")
    assert "Monday to Friday" in footer.get_text()
    assert footer.select_one('a[href="/ko/contact/"]')


def test_the_footer_shows_no_contact_link_when_the_page_is_unpublished(client, contact_page, organisation):
    contact_page.unpublish()
    cache.clear()
    footer = document(client.get("/en/about/")).select_one("footer")
    assert not footer.select_one('a[href="/en/contact/"]')


def test_the_consent_states_purpose_retention_and_the_privacy_officer_in_the_visitors_language(client, organisation):
    consent_help = document(client.get("/ko/contact/")).select_one("#id_consent_help").get_text()
    assert "privacy@example.org" in consent_help
    assert "1년" in consent_help or "일 년" in consent_help, consent_help


def test_an_inquiry_is_stored_and_tells_the_topics_team_and_the_visitor(client, organisation):
    response = send(client, language="th")
    assert response.status_code == 302
    assert response["Location"] == "/th/contact/sent/"
    inquiry = Inquiry.objects.get()
    assert (inquiry.name, inquiry.topic, inquiry.language) == ("Nguyễn Thị Lan", "press", "th")
    assert inquiry.consented_at is not None
    assert inquiry.delete_after == timezone.localdate(inquiry.created_at) + datetime.timedelta(days=365)
    notice, confirmation = mail.outbox
    assert notice.to == ["press@example.org"] and notice.reply_to == ["lan@example.org"]
    assert "May I interview" in notice.body and f"/admin/inquiries/inspect/{inquiry.pk}/" in notice.body
    assert confirmation.to == ["lan@example.org"]
    assert "May I interview" not in confirmation.body, "the confirmation relays nothing a stranger wrote"
    assert confirmation.subject != notice.subject
    sent = document(client.get(response["Location"]))
    # No Thai confirmation written yet: the English one, marked as English.
    assert sent.select_one('.form-confirmation [lang="en"]').get_text() == "The team will answer within a week."


@pytest.mark.parametrize(
    ("topic", "address"),
    [
        (InquiryTopic.GENERAL, "info@example.org"),
        (InquiryTopic.PARTNERSHIP, "info@example.org"),
        (InquiryTopic.HALLS, "halls@example.org"),
        (InquiryTopic.PROGRAMMES, "info@example.org"),  # no address of its own: the general one
    ],
)
def test_each_topic_goes_to_its_team(client, organisation, topic, address):
    assert send(client, topic=topic).status_code == 302
    assert mail.outbox[0].to == [address]


def test_the_confirmation_is_written_in_the_visitors_language(client, organisation):
    send(client, language="ko")
    confirmation = mail.outbox[-1]
    assert confirmation.to == ["lan@example.org"]
    assert "한-아세안센터" in confirmation.body or "센터" in confirmation.body


def test_with_no_team_address_the_inquiry_is_still_kept(client, db):
    assert send(client).status_code == 302
    assert Inquiry.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["lan@example.org"]]


def test_the_thanks_page_shows_the_editors_confirmation(client, contact_page):
    response = client.get("/ko/contact/sent/")
    assert response.status_code == 200
    assert "담당 팀이 일주일 안에 답변합니다." in response.content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"consent": ""}, "consent", "Please agree"),
        ({"email": "not-an-address"}, "email", "valid email"),
        ({"name": ""}, "name", "required"),
        ({"message": ""}, "message", "required"),
        ({"message": "x" * 5001}, "message", "5000"),
        ({"topic": "lottery"}, "topic", "valid choice"),
        ({"homepage": "http://spam.example"}, None, "leave the last field empty"),
        ({"started": "forged"}, None, "could not be checked"),
    ],
)
def test_a_refused_inquiry_keeps_every_value_and_says_why(client, organisation, changes, field, message):
    response = send(client, **changes)
    assert response.status_code == 200
    assert Inquiry.objects.count() == 0 and not mail.outbox
    page = document(response)
    summary = page.select_one("#form-errors[role=alert]")
    assert summary is not None and message.lower() in summary.get_text().lower()
    if field:
        widget = page.select_one(f"[name={field}]")
        assert widget.get("aria-invalid") == "true"
        assert f"id_{field}_error" in widget.get("aria-describedby", "")
    assert page.select_one("[name=organisation]")["value"] == "Viet Nam News"
    if field != "message":
        assert "May I interview" in page.select_one("[name=message]").get_text()
    assert "no-store" in response["Cache-Control"]


def test_a_form_sent_within_seconds_is_refused(client, organisation):
    response = send(client, started=guards.new_stamp())
    assert response.status_code == 200 and Inquiry.objects.count() == 0
    assert "within seconds" in response.content.decode()


@override_settings(FORM_SENDS_PER_HOUR=2)
def test_the_rate_limit_refuses_a_third_send_in_an_hour(client, organisation):
    assert send(client).status_code == 302
    assert send(client, email="other@example.org").status_code == 302
    response = send(client, email="third@example.org")
    assert response.status_code == 200 and "try again later" in response.content.decode()
    assert Inquiry.objects.count() == 2


def test_a_post_without_a_csrf_token_is_refused(organisation):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/en/contact/", inquiry_data(), REMOTE_ADDR=ADDRESS)
    assert response.status_code == 403
    assert Inquiry.objects.count() == 0


@pytest.mark.parametrize("query", ["?topic=%00", "?a=" + "x" * 600, "?consent[]=1"])
def test_odd_query_strings_still_show_the_form(client, organisation, query):
    assert client.get(f"/en/contact/{query}").status_code == 200


def test_expired_inquiries_are_deleted(db):
    old = factories.InquiryFactory(created_at=timezone.now() - datetime.timedelta(days=400))
    kept = factories.InquiryFactory()
    purge_expired()
    assert list(Inquiry.objects.all()) == [kept]
    assert not Inquiry.objects.filter(pk=old.pk).exists()


def test_the_page_costs_the_same_queries_with_many_inquiries(client, organisation, django_assert_max_num_queries):
    client.get("/en/contact/")  # warm the menu and footer caches
    with django_assert_max_num_queries(12):
        client.get("/en/contact/")
    factories.InquiryFactory.create_batch(30)
    with django_assert_max_num_queries(12):
        client.get("/en/contact/")


# The admin


def test_the_team_lists_filters_and_exports_inquiries(editor_client):
    factories.InquiryFactory(name="Somchai", topic=InquiryTopic.HALLS, organisation="Chiang Mai School")
    factories.InquiryFactory(name="Ahmad", topic=InquiryTopic.PRESS)
    listing = editor_client.get(reverse("inquiries:index"), {"topic": "halls"})
    assert listing.status_code == 200
    assert b"Somchai" in listing.content and b"Ahmad" not in listing.content
    export = editor_client.get(reverse("inquiries:index"), {"export": "csv"})
    assert export.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert {row["Name"] for row in rows} == {"Somchai", "Ahmad"}
    assert "Message" in rows[0] and "Deleted after" in rows[0]


def test_staff_read_an_inquiry_and_mark_it_answered_without_changing_what_was_sent(editor_client):
    inquiry = factories.InquiryFactory(message="The visitor's own words.")
    inspect = editor_client.get(reverse("inquiries:inspect", args=[inquiry.pk]))
    assert inspect.status_code == 200 and b"The visitor&#x27;s own words." in inspect.content
    url = reverse("inquiries:edit", args=[inquiry.pk])
    data = initial_form_data(editor_client, url)
    data.update({"is_answered": "on", "staff_note": "Answered by the press team.", "message": "Changed"})
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    inquiry.refresh_from_db()
    assert inquiry.is_answered and inquiry.message == "The visitor's own words."


def test_nobody_adds_an_inquiry_in_the_admin(editor_client):
    assert editor_client.get(reverse("inquiries:add")).status_code in (302, 403)
    assert b'href="/admin/inquiries/new/"' not in editor_client.get(reverse("inquiries:index")).content


def test_editors_see_inquiries_and_translators_do_not(client, db):
    editor = factories.UserFactory(groups=[EDITORS])
    client.force_login(editor)
    assert client.get(reverse("inquiries:index")).status_code == 200
    translator = factories.UserFactory(groups=[TRANSLATORS])
    client.force_login(translator)
    assert client.get(reverse("inquiries:index")).status_code in (302, 403)


def test_the_admin_creates_and_publishes_the_contact_page(editor_client, contact_page):
    contact_page.delete()
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["contact", "contactpage", home.pk])
    data = initial_form_data(editor_client, url)
    data.update(
        {
            "title_en": "Contact the Centre",
            "slug": "contact",
            "confirmation_en": "We answer within five working days.",
            "action-publish": "publish",
            **empty_stream_fields(ContactPage, "body"),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    assert ContactPage.objects.get().live


def test_the_contact_page_links_each_halls_group_visit_form(client, organisation):
    links = document(client.get("/ko/contact/")).select(".hall-visits a.button")
    hrefs = [link["href"] for link in links]
    assert len(hrefs) == 2 and all(href.startswith("/ko/hall-visits/") for href in hrefs)
    for href in hrefs:
        assert client.get(href).status_code == 200
