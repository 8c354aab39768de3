"""Admin views of the editorial pages.

Settings › Remove examples: the example pages listed, and deleted after one confirmation.
A greeting's "Keep a copy in the archive": the greeting copied under itself, before staff write
the new one in its place.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pages.examples import example_pages, remove_examples
from pages.models import GreetingPage


def user_may_remove_examples(user):
    # Deleting pages across the whole tree at once is an administrator's decision.
    return user.is_active and user.is_superuser


class RemoveExamplesView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Remove examples")
    header_icon = "bin"
    template_name = "pages/admin/remove_examples.html"

    def dispatch(self, request, *args, **kwargs):
        if not user_may_remove_examples(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(examples=list(example_pages().specific()), **kwargs)

    def post(self, request):
        removed = remove_examples()
        if removed:
            messages.success(
                request,
                ngettext("%(count)d example page removed.", "%(count)d example pages removed.", removed)
                % {"count": removed},
            )
        else:
            messages.info(request, _("There were no example pages to remove."))
        return redirect("remove_examples")


def user_may_archive_greeting(user, greeting):
    permissions = greeting.permissions_for_user(user)
    return permissions.can_copy() and permissions.can_add_subpage()


class ArchiveGreetingView(WagtailAdminTemplateMixin, TemplateView):
    """Copy the current greeting under itself (slug: its year), live when the user may publish."""

    page_title = _("Keep a copy in the archive")
    header_icon = "copy"
    template_name = "pages/admin/archive_greeting.html"

    def dispatch(self, request, page_id, *args, **kwargs):
        self.greeting = get_object_or_404(GreetingPage, pk=page_id)
        if GreetingPage.objects.parent_of(self.greeting).exists():
            messages.error(request, _("This greeting is in the archive already."))
            return redirect("wagtailadmin_pages:edit", self.greeting.pk)
        if not user_may_archive_greeting(request.user, self.greeting):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(greeting=self.greeting, archive_slug=self.archive_slug, **kwargs)

    @property
    def archive_slug(self):
        return str(self.greeting.year)

    def post(self, request):
        greeting = self.greeting
        if greeting.get_children().filter(slug=self.archive_slug).exists():
            messages.error(
                request,
                _("The archive already has a greeting of %(year)s: change the year of this one first.")
                % {"year": greeting.year},
            )
        else:
            copy = greeting.copy(
                to=greeting,
                update_attrs={"slug": self.archive_slug, "show_in_menus": False},
                keep_live=greeting.live and greeting.permissions_for_user(request.user).can_publish_subpage(),
                user=request.user,
            )
            messages.success(
                request,
                _("The greeting of %(year)s is kept in the archive (%(path)s). Write the new greeting here.")
                % {"year": greeting.year, "path": copy.get_url(request=request)},
            )
        return redirect("wagtailadmin_pages:edit", greeting.pk)
