"""What search engines are told: /sitemap.xml (every public page in every language) and /robots.txt.

The sitemap is Django's sitemap framework: each page is listed once per language with its versions in
all languages as alternates, plus an x-default, the English address, as the pages' own
`<link rel="alternate" hreflang>` do. The rendered sitemap is cached (akc_site/content_version.py)
with the tag that stands for every page (ANY_PAGE_TAG), so publishing, moving or deleting any page
refreshes it.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from wagtail.models import Page, Site

from akc_site import cache_tags
from akc_site.content_version import cached
from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.site_tree import public_pages

# A sitemap may hold 50,000 addresses and 50 MB; each page has one per language, each with all alternates.
PAGES_PER_SITEMAP = 2000


class PageSitemap(Sitemap):
    """Every public page of one site, in every language."""

    i18n = True
    alternates = True
    languages = LANGUAGE_CODES
    limit = PAGES_PER_SITEMAP * len(LANGUAGE_CODES)

    def __init__(self, site):
        self.root = site.root_page
        self._paths = {}

    def items(self):
        pages = public_pages(Page.objects.descendant_of(self.root, inclusive=True)).order_by("path")
        return pages.only("url_path", "last_published_at", "latest_revision_created_at")

    def location(self, page):
        # Asked once per address and again for each of its alternates: reverse each only once.
        key = (page.pk, get_language())
        if key not in self._paths:
            self._paths[key] = reverse("wagtail_serve", args=(page.url_path[len(self.root.url_path) :],))
        return self._paths[key]

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        # Django's own x-default drops the language prefix; ours is the English address.
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            english = next(item["location"] for item in url["alternates"] if item["lang_code"] == SOURCE_LANGUAGE)
            url["alternates"].append({"lang_code": "x-default", "location": english})
        return urls


def sitemap_count(site):
    def compute():
        cache_tags.note(cache_tags.ANY_PAGE_TAG)  # it counts every page: any page's change retires it
        return PageSitemap(site).paginator.num_pages

    return cached(f"sitemap-count:{site.pk}", compute)


def sitemap_xml(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site here")
    number = request.GET.get("p", "1")
    if not number.isdigit() or len(number) > 6:  # Django's view would 404 too; this keeps cache keys short
        raise Http404("No such sitemap")
    base_url = f"{request.scheme}://{request.get_host()}"

    def compute():
        cache_tags.note(cache_tags.ANY_PAGE_TAG)  # it lists every page: any page's change retires it
        response = sitemap_view(request, {"pages": PageSitemap(site)})
        response.render()
        return response.content, response.get("Last-Modified")

    content, last_modified = cached(f"sitemap:{site.pk}:{base_url}:{number}", compute)
    response = HttpResponse(content, content_type="application/xml; charset=utf-8")
    if last_modified:
        response["Last-Modified"] = last_modified
    return response


def robots_txt(request):
    """Crawl everything but the admin and the search results; the sitemaps list the pages."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code in LANGUAGE_CODES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    site = Site.find_for_request(request)
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    count = sitemap_count(site) if site is not None else 1
    lines += [f"Sitemap: {sitemap_url}" + (f"?p={number}" if number > 1 else "") for number in range(1, count + 1)]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
