"""What the publications add to pages of other apps: a Member State's and a priority's publications."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from akc_site.cache_tags import listing_tag, note
from countries.models import CountryPage
from pages.models import PriorityPage
from pages.sections import HOOK_NAME, Section
from pages.site_tree import public_pages
from publications.admin_views import DatasetImportView, user_may_import
from publications.listing import with_files_and_covers
from publications.models import PublicationFile, PublicationIndexPage

SECTION_PUBLICATION_COUNT = 6


@hooks.register(HOOK_NAME)
def related_publications(page, request):
    """The latest publications about a Member State or a strategic priority, with a link to the listing."""
    if not isinstance(page, CountryPage | PriorityPage):
        return None
    key = ("priority", page.pk) if isinstance(page, PriorityPage) else ("country", page.member_state)
    note(listing_tag("publications", *key))
    publications = with_files_and_covers(public_pages(page.publications.all()), PublicationFile)
    rows = list(publications.order_by("-year", "pk")[:SECTION_PUBLICATION_COUNT])
    if not rows:
        return None
    index = public_pages(PublicationIndexPage.objects.all()).first()
    link = f"?priority={page.slug}" if isinstance(page, PriorityPage) else ""
    return Section(
        "publications/sections/related_publications.html",
        {"publications": rows, "publication_index": index, "listing_query": link},
        order=20,
    )


@hooks.register("register_admin_urls")
def dataset_urls():
    return [path("datasets/import/", DatasetImportView.as_view(), name="import_dataset")]


class ImportersMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_import(request.user)


@hooks.register("register_admin_menu_item")
def import_dataset_menu_item():
    return ImportersMenuItem(
        _("Import figures (CSV)"), reverse("import_dataset"), name="import-dataset", icon_name="table", order=350
    )
