"""The editorial pages' Wagtail hooks: the query parameters a page reads, Settings › Remove examples,
a greeting's "Keep a copy in the archive"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from pages.admin_views import (
    ArchiveGreetingView,
    RemoveExamplesView,
    user_may_archive_greeting,
    user_may_remove_examples,
)
from pages.models import GreetingPage


@hooks.register("before_serve_page")
def declare_query_parameters(page, request, serve_args, serve_kwargs):
    # Tells the page cache (akc_site/page_cache.py) which query parameters the page being served reads.
    request.page_cache_query_parameters = tuple(getattr(page, "cache_query_parameters", ()))


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_remove_examples(request.user)


@hooks.register("register_admin_urls")
def example_urls():
    return [
        path("examples/remove/", RemoveExamplesView.as_view(), name="remove_examples"),
        path("greetings/<int:page_id>/archive/", ArchiveGreetingView.as_view(), name="archive_greeting"),
    ]


class ArchiveGreetingButton(PageMenuItem):
    label = _("Keep a copy in the archive")
    icon_name = "copy"
    url_name = "archive_greeting"

    def is_shown(self, user):
        return user_may_archive_greeting(user, self.page)


@hooks.register("register_page_header_buttons")
def archive_greeting_button(page, user, view_name, next_url=None):
    # Only a current greeting (not one already archived) can be archived.
    specific_class = page.specific_class
    if specific_class is GreetingPage and page.get_parent().specific_class is not GreetingPage:
        yield ArchiveGreetingButton(page=page, priority=35)


@hooks.register("register_settings_menu_item")
def remove_examples_menu_item():
    return AdministratorsMenuItem(
        _("Remove examples"), reverse("remove_examples"), name="remove-examples", icon_name="bin", order=900
    )
