"""What search engines are told: /sitemap.xml (every public page in every language) and /robots.txt.

Each address in the sitemap lists its versions in all languages and an x-default, the English one,
as the pages' own <link rel="alternate" hreflang> do. The rendered sitemap is cached under the page
tree's version (pages/site_tree.py), so publishing, moving or deleting a page refreshes it.
"""

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date

from wagtail.models import Page, Site

from akc_site.content_version import cached
from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.site_tree import public_pages

# A sitemap may hold 50,000 addresses and 50 MB; each page has one per language, each with all alternates.
PAGES_PER_SITEMAP = 2000


def site_pages(site):
    root = site.root_page
    pages = public_pages(Page.objects.descendant_of(root, inclusive=True)).order_by("path")
    return root, pages.only("url_path", "last_published_at", "latest_revision_created_at")


def sitemap_count(site):
    def compute():
        _root, pages = site_pages(site)
        return max(1, -(-pages.count() // PAGES_PER_SITEMAP))

    return cached(f"sitemap-count:{site.pk}", compute)


def page_addresses(page, root, base_url):
    """{language code: absolute URL} of one page: the language prefix is all that differs."""
    path = page.url_path[len(root.url_path) :]
    addresses = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            addresses[code] = base_url + reverse("wagtail_serve", args=(path,))
    return addresses


def sitemap_entries(pages, root, base_url):
    entries = []
    for page in pages:
        addresses = page_addresses(page, root, base_url)
        alternates = [{"lang_code": code, "location": url} for code, url in addresses.items()]
        alternates.append({"lang_code": "x-default", "location": addresses[SOURCE_LANGUAGE]})
        lastmod = page.last_published_at or page.latest_revision_created_at
        entries += [{"location": url, "lastmod": lastmod, "alternates": alternates} for url in addresses.values()]
    return entries


def sitemap_number(request):
    value = request.GET.get("p", "1")
    if not value.isdigit() or len(value) > 6:
        raise Http404("No such sitemap")
    return int(value)


def sitemap_xml(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site here")
    number = sitemap_number(request)
    if not 1 <= number <= sitemap_count(site):
        raise Http404("No such sitemap")
    base_url = f"{request.scheme}://{request.get_host()}"

    def compute():
        root, pages = site_pages(site)
        start = (number - 1) * PAGES_PER_SITEMAP
        entries = sitemap_entries(pages[start : start + PAGES_PER_SITEMAP], root, base_url)
        latest = max((entry["lastmod"] for entry in entries if entry["lastmod"]), default=None)
        return render_to_string("sitemap.xml", {"urlset": entries}), latest

    content, latest = cached(f"sitemap:{site.pk}:{base_url}:{number}", compute)
    response = HttpResponse(content, content_type="application/xml; charset=utf-8")
    if latest is not None:
        response["Last-Modified"] = http_date(latest.timestamp())
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
