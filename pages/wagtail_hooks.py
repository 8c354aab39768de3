"""Tells the page cache (akc_site/page_cache.py) which query parameters the page being served reads."""

from wagtail import hooks


@hooks.register("before_serve_page")
def declare_query_parameters(page, request, serve_args, serve_kwargs):
    request.page_cache_query_parameters = tuple(getattr(page, "cache_query_parameters", ()))
