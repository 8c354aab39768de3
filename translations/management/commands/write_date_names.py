"""Write the month, weekday and time-of-day names Django lacks (fil, lo, my) from CLDR.

The names are CLDR's, read through Babel (a development dependency): translators need not type
them, and a test checks that the committed catalogues still equal CLDR's.
"""

import polib

from django.core.management.base import BaseCommand, CommandError
from django.utils import dates, translation

from akc_site.formats import DATE_NAME_LANGUAGES, DATE_NAMES_DIR

try:
    import babel
    from babel import Locale
except ImportError:  # production installs only the runtime requirements
    babel = None

# Django's names (its msgid is the English text; some carry a context) and where CLDR keeps each.
# Both number weekdays from Monday = 0 and months from 1.
NAME_SETS = (
    (None, dates.WEEKDAYS, ("days", "format", "wide")),
    (None, dates.WEEKDAYS_ABBR, ("days", "format", "abbreviated")),
    (None, dates.MONTHS, ("months", "format", "wide")),
    (None, dates.MONTHS_3, ("months", "format", "abbreviated")),
    ("abbrev. month", dates.MONTHS_AP, ("months", "format", "abbreviated")),
    ("alt. month", dates.MONTHS_ALT, ("months", "format", "wide")),
)
# Django's "a"/"A" formats; CLDR has one abbreviated form for both.
DAY_PERIODS = (("a.m.", "am"), ("p.m.", "pm"), ("AM", "am"), ("PM", "pm"))


def catalogue_path(language):
    return DATE_NAMES_DIR / language / "LC_MESSAGES" / "django.po"


def date_name_catalogue(language):
    """The catalogue of Django's date names in `language`, as CLDR writes them."""
    cldr = Locale.parse(language)
    po = polib.POFile(wrapwidth=0)
    po.header = (
        f"Django's month, weekday and time-of-day names in {language}, from CLDR (Babel {babel.__version__}).\n"
        "Written by `manage.py write_date_names`; do not edit by hand."
    )
    po.metadata = {
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    seen = set()
    with translation.override("en"):
        for context, names, (field, form, width) in NAME_SETS:
            for key, name in names.items():
                msgid = str(name)
                msgstr = getattr(cldr, field)[form][width][key]
                if names is dates.MONTHS_3:
                    msgstr = msgstr.lower()  # Django's "b" format is lower case
                if (context, msgid) not in seen:
                    seen.add((context, msgid))
                    po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr))
    for msgid, period in DAY_PERIODS:
        po.append(polib.POEntry(msgid=msgid, msgstr=cldr.day_periods["format"]["abbreviated"][period]))
    return po


class Command(BaseCommand):
    help = "Write the date-name catalogues of fil, lo and my (akc_site/formats/date_names/) from CLDR."

    def handle(self, *args, **options):
        if babel is None:
            raise CommandError("Babel is not installed: install requirements-dev.txt.")
        for language in DATE_NAME_LANGUAGES:
            path = catalogue_path(language)
            path.parent.mkdir(parents=True, exist_ok=True)
            date_name_catalogue(language).save(str(path))
            self.stdout.write(f"{path} written.")
