"""Translators' views in the Wagtail admin: the translation status report and the PO files.

Registered in translations/wagtail_hooks.py. Anyone with a page permission (Editors, Moderators,
Translators) may use them; what an import may change is checked page by page.
"""

import django_filters
from django_tasks import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page
from wagtail.permissions import policy_registry

from akc_site.languages import NATIVE_NAMES, SITE_LANGUAGES, TRANSLATION_LANGUAGES
from translations.po import (
    DRAFT,
    PUBLISHED,
    SAVED,
    SUBMITTED,
    ImportResult,
    PageChange,
    TranslationImportError,
    export_po,
    file_name,
    import_po,
)
from translations.report import (
    AWAITING_REVIEW,
    STATES,
    totals,
    translatable_page_models,
    translatable_pages,
    translation_states,
)
from translations.snippets import (
    display_title,
    snippet_edit_url,
    snippet_named,
    translatable_snippet_models,
    translatable_snippets,
    user_may_change_snippet,
)
from translations.tasks import import_po_file
from translations.tracking import confirm_review

# Whoever may add, change or publish some page may translate.
PAGE_PERMISSIONS = ["add", "change", "publish"]
MAX_UPLOAD_SIZE = 5 * 1024 * 1024
IMPORT_REFRESH_SECONDS = 3
IMPORT_FAILED = _("The import stopped unexpectedly and changed nothing. Try again, or ask an administrator.")
OUTCOME_LABELS = {
    PUBLISHED: _("published"),
    DRAFT: _("saved as a draft"),
    SUBMITTED: _("submitted for moderation"),
    SAVED: _("saved"),
}


def language_choices():
    return [
        (code, f"{native} ({english})") for code, english, native in SITE_LANGUAGES if code in TRANSLATION_LANGUAGES
    ]


def page_type_choices():
    """The page types, then the translated snippet types (press contacts, datasets)."""
    return [
        (ContentType.objects.get_for_model(model).pk, capfirst(model._meta.verbose_name))
        for model in (*translatable_page_models(), *translatable_snippet_models())
    ]


def user_may_translate(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, PAGE_PERMISSIONS)


def edit_url(page, language):
    """The page's edit view with the fields of `language` shown (static/js/admin/translation-fields.js)."""
    return f"{reverse('wagtailadmin_pages:edit', args=[page.pk])}?language={language}"


class TranslationReportFilterSet(WagtailFilterSet):
    """The choices only; the view filters its list of states with them."""

    language = django_filters.ChoiceFilter(label=_("Language"), choices=language_choices, method="keep")
    page_type = django_filters.ChoiceFilter(label=_("Type"), choices=page_type_choices, method="keep")
    state = django_filters.ChoiceFilter(label=_("State"), choices=STATES, method="keep")

    class Meta:
        model = Page
        fields = []

    def keep(self, queryset, name, value):
        return queryset


class TranslationReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "translations/admin/translation_report.html"
    results_template_name = "translations/admin/translation_report_results.html"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    filterset_class = TranslationReportFilterSet
    any_permission_required = PAGE_PERMISSIONS
    paginate_by = 50

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("Download or upload PO files"), url=reverse("translation_files"), icon_name="download", priority=10
            )
        ]

    @cached_property
    def choices(self):
        filters = self.filters
        return filters.form.cleaned_data if filters is not None and filters.is_valid() else {}

    @cached_property
    def all_states(self):
        """Every page (and translated snippet) of the type in the filter, every language: the totals
        count the pages."""
        if not self.choices.get("page_type"):
            return translation_states([*translatable_pages(), *translatable_snippets()])
        model = ContentType.objects.get_for_id(int(self.choices["page_type"])).model_class()
        if issubclass(model, Page):
            return translation_states(translatable_pages([model]))
        return translation_states(translatable_snippets([model]))

    def get_queryset(self):
        language, state = self.choices.get("language"), self.choices.get("state")
        return [
            row
            for row in self.all_states
            if (not language or row.language == language) and (not state or row.state == state)
        ]

    def filter_queryset(self, queryset):
        return queryset  # get_queryset filters the list

    def decorate_paginated_queryset(self, object_list):
        for row in object_list:
            row.edit_url = self.item_edit_url(row.page, row.language)
            row.language_name = NATIVE_NAMES[row.language]
            if row.state == AWAITING_REVIEW and row.is_page:
                row.confirm_review_url = reverse("translation_confirm_review", args=[row.page.pk, row.language])
        return object_list

    def item_edit_url(self, item, language):
        """A page's editor; a snippet's for whoever may change it (translators use the PO files)."""
        if isinstance(item, Page):
            return edit_url(item, language)
        if user_may_change_snippet(self.request.user, item):
            url = snippet_edit_url(item)
            return f"{url}?language={language}" if url else ""
        return ""

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["totals"] = [
            (language, NATIVE_NAMES[language], complete, count)
            for language, (complete, count) in totals(self.all_states).items()
        ]
        return context


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=language_choices)
    only_missing = forms.BooleanField(
        label=_("Only missing, outdated and unreviewed texts"),
        required=False,
        help_text=_(
            "Leave unticked to review every text; outdated and unreviewed translations are marked 'fuzzy' either way."
        ),
    )


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=language_choices)
    file = forms.FileField(label=_("PO file"), help_text=_("A file exported here, with its translations filled in."))
    submit_for_moderation = forms.BooleanField(
        label=_("Submit the changed pages for moderation"),
        required=False,
        initial=True,
        help_text=_("Pages you may not publish are saved as drafts; tick this to send them to the Moderators."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_SIZE:
            raise forms.ValidationError(_("The file is too large; a PO file of the whole site is far smaller."))
        return upload


class TranslationFilesView(WagtailAdminTemplateMixin, View):
    """Download a language's content as a PO file; upload it back, translated."""

    page_title = _("Translation files")
    header_icon = "download"
    template_name = "translations/admin/translation_files.html"

    def dispatch(self, request, *args, **kwargs):
        if not user_may_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translation_report"), "label": _("Translation status")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request):
        if "language" in request.GET:
            export_form = ExportForm(request.GET)
            if export_form.is_valid():
                return self.download(export_form.cleaned_data)
        else:
            export_form = ExportForm()
        return self.render(export_form, ImportForm())

    def post(self, request):
        import_form = ImportForm(request.POST, request.FILES)
        if not import_form.is_valid():
            return self.render(ExportForm(), import_form)
        data = import_form.cleaned_data
        if data["file"].size > settings.TRANSLATION_IMPORT_IN_BACKGROUND_BYTES:
            return self.import_in_background(data)
        try:
            result = import_po(
                data["file"].read(),
                user=request.user,
                language=data["language"],
                submit_for_moderation=data["submit_for_moderation"],
            )
        except TranslationImportError as error:
            messages.error(request, _("Nothing was imported: the file has problems."))
            return self.render(ExportForm(), import_form, problems=error.problems)
        messages.success(request, result.summary())
        changes = [self.change_row(change.page, change.fields, change.outcome) for change in result.changes]
        if not changes:
            return redirect("translation_files")
        return self.render(ExportForm(), ImportForm(), changes=changes)

    def import_in_background(self, data):
        """A large file: the worker imports it; the translator waits on a page that shows the result."""
        queued = import_po_file.enqueue(
            data["file"].read().decode("utf-8", "replace"),
            self.request.user.pk,
            data["language"],
            data["submit_for_moderation"],
        )
        if queued.is_finished:  # a backend that runs tasks at once (the tests')
            return self.show_outcome(import_outcome_of(queued))
        return redirect("translation_import", queued.id)

    def show_outcome(self, outcome):
        """The page after an import, from the task's JSON result (translations/tasks.py)."""
        if outcome["problems"]:
            messages.error(self.request, _("Nothing was imported: the file has problems."))
            return self.render(ExportForm(), ImportForm(), problems=outcome["problems"])
        pages = Page.objects.in_bulk([owner for owner, _fields, _kind in outcome["changes"] if isinstance(owner, int)])
        snippets = {
            owner: snippet_named(owner) for owner, _fields, _kind in outcome["changes"] if isinstance(owner, str)
        }
        items = {**pages, **{owner: snippet for owner, snippet in snippets.items() if snippet is not None}}
        changes = [
            PageChange(items[owner], fields, kind) for owner, fields, kind in outcome["changes"] if owner in items
        ]
        counts = {key: outcome[key] for key in ("language", "applied", "unchanged", "fuzzy", "untranslated")}
        messages.success(self.request, ImportResult(**counts, changes=changes).summary())
        rows = [self.change_row(change.page, change.fields, change.outcome) for change in changes]
        return self.render(ExportForm(), ImportForm(), changes=rows)

    def change_row(self, item, fields, outcome):
        """(title, editor address or "", changed fields, outcome) of a page or snippet an import changed."""
        if isinstance(item, Page):
            url = reverse("wagtailadmin_pages:edit", args=[item.pk])
        else:
            url = snippet_edit_url(item) if user_may_change_snippet(self.request.user, item) else ""
        return display_title(item), url, fields, OUTCOME_LABELS[outcome]

    def download(self, data):
        po = export_po(data["language"], only_missing=data["only_missing"], user=self.request.user)
        response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{file_name(data["language"])}"'
        return response

    def render(self, export_form, import_form, problems=(), changes=(), **context):
        context = self.get_context_data(
            export_form=export_form, import_form=import_form, problems=problems, changes=changes, **context
        )
        return TemplateResponse(self.request, self.template_name, context)


@require_POST
def confirm_review_view(request, page_id, language):
    """A translator has read a page's translation in one language: it no longer awaits review."""
    page = get_object_or_404(Page, pk=page_id)
    if language not in TRANSLATION_LANGUAGES:
        messages.error(request, _("Unknown language."))
        return redirect("translation_report")
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if confirm_review(page, language):
        messages.success(
            request,
            _("The %(language)s translation of “%(title)s” is marked as reviewed.")
            % {"language": NATIVE_NAMES[language], "title": page.get_admin_display_title()},
        )
    else:
        messages.warning(request, _("Nothing of this translation was awaiting review."))
    return redirect(f"{reverse('translation_report')}?language={language}")


class TranslationImportView(TranslationFilesView):
    """How a background import went, for the translator who started it; reloads itself until it is done."""

    page_title = _("Translation import")

    def get(self, request, result_id):
        try:
            queued = import_po_file.get_result(result_id)
        except (TaskResultDoesNotExist, ValidationError, ValueError) as error:
            raise Http404 from error
        if queued.args[1] != request.user.pk:
            raise Http404  # another translator's import
        if not queued.is_finished:
            response = self.render(ExportForm(), ImportForm(), import_running=True)
            response["Refresh"] = str(IMPORT_REFRESH_SECONDS)
            return response
        return self.show_outcome(import_outcome_of(queued))


def import_outcome_of(queued):
    if queued.status == TaskResultStatus.FAILED:
        return {"problems": [IMPORT_FAILED], "changes": []}
    return queued.return_value
