"""Settings › Remove examples: the example pages listed, and deleted after one confirmation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pages.examples import example_pages, remove_examples


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
