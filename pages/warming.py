"""Warm the page cache after a publish, so visitors rarely meet a page the publish retired.

Once a publish has committed, pages/signals.py queues `warm_after_publish`; the worker requests,
through Django's test client (the whole middleware stack, so the page cache stores what it
renders), the home page and the main menu's sections in every language first (the most requested,
and home lists what is published), then the published page in every language, at the address of
the page's site (scheme, host and port of `get_full_url`). A page still cached is a hit and costs
little. Nothing happens unless the page cache is on (PAGE_CACHE_SECONDS > 0).

Bounded: at most PAGE_CACHE_WARM_REQUESTS requests a publish (40): with ten languages that is the
home page, the published page and two sections (the page's own first, then the menu's order). A
request that fails is logged, never raised: warming is a courtesy, the page renders on demand all
the same.
"""

import logging
from contextlib import nullcontext
from urllib.parse import urlsplit

from django_tasks import task

from django.conf import settings
from django.test import Client
from django.utils import translation

from wagtail.models import Page

from akc_site import cache_tags
from akc_site.languages import LANGUAGE_CODES
from pages.site_tree import is_restricted, public_pages

logger = logging.getLogger(__name__)


def warming_on():
    return settings.PAGE_CACHE_SECONDS > 0 and settings.PAGE_CACHE_WARM_REQUESTS > 0


def pages_to_warm(page):
    """([home and the sections that fit], [page] or [] when it is home or not public)."""
    site = page.get_site()
    if site is None:
        return [], []
    home = site.root_page.specific
    published = [page] if page.pk != home.pk and not is_restricted(page) else []
    sections = [
        section
        for section in public_pages(home.get_children().in_menu()).specific().order_by("path")
        if section.pk != page.pk
    ]
    sections.sort(key=lambda section: not page.path.startswith(section.path))  # its own section first
    per_language = max(settings.PAGE_CACHE_WARM_REQUESTS // len(LANGUAGE_CODES), 1)
    room = max(per_language - 1 - len(published), 0)
    return [home, *sections[:room]], published


def addresses_to_warm(page):
    """Full URLs: home and the sections in every language, then the page in every language."""
    addresses = []
    for group in pages_to_warm(page):
        for language in LANGUAGE_CODES:
            with translation.override(language):
                addresses.extend(url for url in (other.get_full_url() for other in group) if url)
    return addresses[: settings.PAGE_CACHE_WARM_REQUESTS]


def request_page(client, address):
    """GET `address` as an anonymous visitor; True when it was served (the page cache stores it)."""
    parts = urlsplit(address)
    secure = parts.scheme == "https"
    headers = {}
    if secure and getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        header, value = settings.SECURE_PROXY_SSL_HEADER
        headers[header] = value  # as the proxy in front of the site would say
    client.cookies.clear()  # always anonymous: a cookie could make the page uncacheable
    try:
        response = client.get(parts.path or "/", HTTP_HOST=parts.netloc, secure=secure, **headers)
    except Exception:
        logger.exception("Could not warm %s", address)
        return False
    if response.status_code != 200:
        logger.warning("Could not warm %s: HTTP %d", address, response.status_code)
        return False
    return True


@task()
def warm_after_publish(page_id, retired_version=None):
    """Request home, the sections and the page `page_id` (see the module's docstring).

    `retired_version`: the version the publish gave the page's tags; what is rendered here started
    after it, so it may be stored at once (akc_site/cache_tags.py `started_after`)."""
    if not warming_on():
        return 0
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        return 0  # unpublished or deleted since
    addresses = addresses_to_warm(page.specific)
    client = Client(raise_request_exception=False)
    context = cache_tags.started_after(retired_version) if retired_version is not None else nullcontext()
    with context:
        warmed = sum(request_page(client, address) for address in addresses)
    logger.info("Warmed %d of %d pages after publishing page %d", warmed, len(addresses), page_id)
    return warmed
