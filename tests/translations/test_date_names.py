"""Dates under /fil/, /lo/ and /my/: Django ships no names for them, the project's CLDR ones apply."""

import datetime
import io
import re

import polib
import pytest

from django.core.management import call_command
from django.utils import dates, formats, timezone, translation

from akc_site.formats import DATE_NAME_LANGUAGES
from translations.management.commands.write_date_names import catalogue_path, date_name_catalogue

DECEMBER = {"fil": "Disyembre", "lo": "ທັນວາ", "my": "ဒီဇင်ဘာ"}
WEDNESDAY = {"fil": "Miyerkules", "lo": "ວັນພຸດ"}
with translation.override("en"):
    ENGLISH_MONTHS = {str(name) for names in (dates.MONTHS, dates.MONTHS_AP) for name in names.values()}
ENGLISH_MONTH_PATTERN = re.compile(r"\b(" + "|".join(re.escape(name) for name in ENGLISH_MONTHS) + r")(?=\W)")


def entries(po):
    return [(entry.msgctxt, entry.msgid, entry.msgstr) for entry in po]


@pytest.mark.parametrize("language", DATE_NAME_LANGUAGES)
def test_committed_date_names_equal_cldr(language):
    """`manage.py write_date_names` run now would write the committed catalogue again."""
    assert entries(polib.pofile(str(catalogue_path(language)))) == entries(date_name_catalogue(language))


@pytest.mark.parametrize("language", DATE_NAME_LANGUAGES)
def test_every_django_date_name_has_a_name_in_the_language(language):
    po = polib.pofile(str(catalogue_path(language)))
    assert po.untranslated_entries() == []
    with translation.override("en"):
        expected = {str(name) for names in (dates.MONTHS, dates.WEEKDAYS) for name in names.values()}
    assert expected <= {entry.msgid for entry in po}


def test_the_command_writes_the_catalogues(tmp_path, monkeypatch):
    monkeypatch.setattr(
        "translations.management.commands.write_date_names.catalogue_path",
        lambda language: tmp_path / language / "django.po",
    )
    call_command("write_date_names", stdout=io.StringIO())
    assert sorted(path.parent.name for path in tmp_path.glob("*/django.po")) == sorted(DATE_NAME_LANGUAGES)


@pytest.mark.parametrize("language", DATE_NAME_LANGUAGES)
def test_dates_are_written_in_the_language(language):
    day = datetime.date(2026, 12, 2)  # a Wednesday
    with translation.override(language):
        long_date = formats.date_format(day, "DATE_FORMAT")
        month = formats.date_format(day, "YEAR_MONTH_FORMAT")
        weekday = formats.date_format(day, "l")
    assert DECEMBER[language] in long_date and "2026" in long_date
    assert DECEMBER[language] in month
    assert not ENGLISH_MONTH_PATTERN.search(long_date + month)
    if language in WEDNESDAY:
        assert weekday == WEDNESDAY[language]
    assert weekday != "Wednesday"


@pytest.mark.django_db
@pytest.mark.parametrize("language", DATE_NAME_LANGUAGES)
def test_no_english_month_on_event_pages(client, site, make_event, language):
    event = make_event(starts_at=timezone.now() + datetime.timedelta(days=40))
    catalogue = polib.pofile(str(catalogue_path(language)))
    month_names = {entry.msgid: entry.msgstr for entry in catalogue if not entry.msgctxt}
    with translation.override("en"):
        english_month = str(dates.MONTHS[timezone.localtime(event.starts_at).month])
    for path in (event.get_parent().url, event.url):
        localised = path.replace("/en/", f"/{language}/", 1)
        response = client.get(localised)
        assert response.status_code == 200, localised
        text = response.content.decode()
        main = text[text.index("<main") : text.index("</main>")]
        assert month_names[english_month] in main, localised
        assert not ENGLISH_MONTH_PATTERN.search(main), (localised, ENGLISH_MONTH_PATTERN.search(main))
