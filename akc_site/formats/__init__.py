"""Date formats and date names for the site's languages that Django lacks.

Django ships no formats or month and weekday names for Filipino and Lao, and names only a weekday
in Burmese. The format modules here (FORMAT_MODULE_PATH) follow CLDR's patterns for each
language; the names live in the catalogues under `date_names/` (on LOCALE_PATHS), written from
CLDR by `manage.py write_date_names`.
"""

from pathlib import Path

DATE_NAME_LANGUAGES = ("fil", "lo", "my")
DATE_NAMES_DIR = Path(__file__).resolve().parent / "date_names"
