"""The editorial pages' Wagtail hooks: the query parameters a page reads, Settings › Remove examples."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.admin_views import RemoveExamplesView, user_may_remove_examples


@hooks.register("before_serve_page")
def declare_query_parameters(page, request, serve_args, serve_kwargs):
    # Tells the page cache (akc_site/page_cache.py) which query parameters the page being served reads.
    request.page_cache_query_parameters = tuple(getattr(page, "cache_query_parameters", ()))


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_remove_examples(request.user)


@hooks.register("register_admin_urls")
def example_urls():
    return [path("examples/remove/", RemoveExamplesView.as_view(), name="remove_examples")]


@hooks.register("register_settings_menu_item")
def remove_examples_menu_item():
    return AdministratorsMenuItem(
        _("Remove examples"), reverse("remove_examples"), name="remove-examples", icon_name="bin", order=900
    )
