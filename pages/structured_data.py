"""schema.org Organization data for the Centre, shown on the home page (https://schema.org/Organization)."""

from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import get_language, gettext, gettext_noop

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Site

from akc_site.content_version import cached
from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.models import OrganisationSettings

# The name in the header, which every UI catalogue translates.
CENTRE_NAME = gettext_noop("ASEAN-Korea Centre")


def names_by_language(details):
    """{language: the organisation's name}: the site settings' translation, else the UI catalogue's."""
    english = getattr(details, build_localized_fieldname("organisation_name", SOURCE_LANGUAGE)) or CENTRE_NAME
    names = {}
    for code in LANGUAGE_CODES:
        name = getattr(details, build_localized_fieldname("organisation_name", code), "")
        # Every translation column starts as a copy of the field's English default.
        if name in ("", None, english) and english == CENTRE_NAME:
            with translation.override(code):
                name = gettext(CENTRE_NAME)
        names[code] = name or english
    return names


def organisation_data(details, home_url, logo_url, language):
    names = names_by_language(details)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"{home_url}#organisation",
        "name": names[language],
        "alternateName": [{"@language": code, "@value": name} for code, name in names.items() if code != language],
        "url": home_url,
        "logo": logo_url,
    }
    address = ", ".join(line.strip().rstrip(",") for line in (details.address or "").splitlines() if line.strip())
    if address:
        data["address"] = address
    if details.email:
        data["email"] = details.email
    if details.phone:
        data["telephone"] = details.phone
    profiles = [url for _label, url in details.social_links()]
    if profiles:
        data["sameAs"] = profiles
    return data


def organisation_data_for(request, home_page):
    """The Organization data for the request's site and language, cached with the page tree."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = get_language()
    home_url = request.build_absolute_uri(home_page.get_url(request))
    logo_url = request.build_absolute_uri(static("img/logo.svg"))

    def compute():
        details = OrganisationSettings.objects.filter(site=site).first() or OrganisationSettings(site=site)
        return organisation_data(details, home_url, logo_url, language)

    return cached(f"organisation-data:{site.pk}:{language}:{home_url}", compute)
