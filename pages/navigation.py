"""What every page shows around its content: the main menu and the organisation's footer details.

Both are cached per site and language under the content version (akc_site/content_version.py).
"""

from django.utils.translation import get_language

from wagtail.models import Page, Site

from akc_site.content_version import cached
from pages.models import OrganisationSettings
from pages.site_tree import public_pages


def main_menu_items(request):
    """[(title, url, url_path)] of the home page's public children marked 'show in menus'."""
    site = Site.find_for_request(request)
    if site is None:
        return []

    def compute():
        children = public_pages(site.root_page.get_children().in_menu())
        return [(page.title, page.get_url(request), page.url_path) for page in children]

    return cached(f"menu:{site.pk}:{get_language()}", compute)


def organisation_details(request):
    """The organisation's contact details and footer links for the request's site and language."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def compute():
        details = OrganisationSettings.objects.select_related(
            "contact_page", "accessibility_page", "privacy_page"
        ).filter(site=site).first() or OrganisationSettings(site=site)
        pages = (details.contact_page, details.accessibility_page, details.privacy_page)
        linked = [page for page in pages if page is not None]
        public_ids = set(
            public_pages(Page.objects.filter(pk__in=[page.pk for page in linked])).values_list("pk", flat=True)
        )

        def public_url(page):
            return page.get_url(request) if page is not None and page.pk in public_ids else ""

        return {
            "organisation_name": details.organisation_name,
            "address": details.address,
            "phone": details.phone,
            "email": details.email,
            "office_hours": details.office_hours,
            # Each team's own address, only where it differs from the general one.
            "team_emails": [
                (str(label), address)
                for label, address in details.team_emails()
                if address and address != details.email
            ],
            "privacy_officer": details.privacy_officer,
            "privacy_officer_email": details.privacy_officer_email,
            "social_links": [(str(label), url) for label, url in details.social_links()],
            "contact_url": public_url(details.contact_page),
            "links": [
                (page.title, page.get_url(request))
                for page in (details.accessibility_page, details.privacy_page)
                if page is not None and page.pk in public_ids
            ],
        }

    return cached(f"organisation:{site.pk}:{get_language()}", compute)
