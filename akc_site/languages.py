"""The one list of the site's languages.

English is the source language; every other language falls back to it. Settings, templates,
the language switcher and the tests all read this module, never a copy of it.
"""

from django.conf import locale

SOURCE_LANGUAGE = "en"

# (code, English name, native name, text direction is always left-to-right here)
SITE_LANGUAGES = (
    ("en", "English", "English"),
    ("ko", "Korean", "한국어"),
    ("id", "Indonesian", "Bahasa Indonesia"),
    ("ms", "Malay", "Bahasa Melayu"),
    ("th", "Thai", "ไทย"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("fil", "Filipino", "Filipino"),
    ("km", "Khmer", "ខ្មែរ"),
    ("lo", "Lao", "ລາວ"),
    ("my", "Burmese", "မြန်မာ"),
)

# Open Graph names locales language_TERRITORY; the territory is the language's home country.
OPEN_GRAPH_LOCALES = {
    "en": "en_GB",
    "ko": "ko_KR",
    "id": "id_ID",
    "ms": "ms_MY",
    "th": "th_TH",
    "vi": "vi_VN",
    "fil": "tl_PH",  # Open Graph knows Filipino by its ISO 639-1 code, tl
    "km": "km_KH",
    "lo": "lo_LA",
    "my": "my_MM",
}

LANGUAGE_CODES = tuple(code for code, _english, _native in SITE_LANGUAGES)
TRANSLATION_LANGUAGES = tuple(code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE)
NATIVE_NAMES = {code: native for code, _english, native in SITE_LANGUAGES}


def django_languages():
    """The LANGUAGES setting: codes with their English names (Django translates those)."""
    return [(code, english) for code, english, _native in SITE_LANGUAGES]


def register_language_info():
    """Teach Django the languages it lacks (fil, lo) and the native names it gets wrong (km)."""
    for code, english, native in SITE_LANGUAGES:
        info = locale.LANG_INFO.setdefault(code, {"bidi": False, "code": code})
        info["name"] = english
        info["name_local"] = native
