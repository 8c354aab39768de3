"""Snippets › Datasets › Import from CSV: a dataset and its rows from a CSV file, all or nothing."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from publications.datasets import CSVImportError, create_dataset, read_rows
from publications.models import ChartKind

MAX_CSV_BYTES = 512 * 1024


def user_may_import(user):
    return user.has_perm("publications.add_dataset")


class DatasetImportForm(forms.Form):
    title = forms.CharField(label=_("Title (English)"), max_length=200)
    unit = forms.CharField(label=_("Unit (English)"), max_length=100)
    source_name = forms.CharField(label=_("Source (English)"), max_length=200)
    source_url = forms.URLField(label=_("Source address"), assume_scheme="https")
    year = forms.IntegerField(label=_("Year of the figures"), min_value=1990, max_value=2100)
    chart = forms.ChoiceField(label=_("Chart"), choices=ChartKind.choices)
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, first line 'label,value'; optional columns label_ko, label_th … give the labels in other languages."
        ),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is too large for a dataset (at most 512 KB)."))
        try:
            text = uploaded.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("The file is not in UTF-8: save it as CSV UTF-8 and try again.")) from None
        try:
            self.rows = read_rows(text)
        except CSVImportError as error:
            raise forms.ValidationError(error.problems) from None
        return uploaded


class DatasetImportView(WagtailAdminTemplateMixin, FormView):
    page_title = _("Import a dataset from CSV")
    header_icon = "table"
    template_name = "publications/admin/import_dataset.html"
    form_class = DatasetImportForm

    def dispatch(self, request, *args, **kwargs):
        if not user_may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        dataset = create_dataset(
            {
                "title_en": data["title"],
                "unit_en": data["unit"],
                "source_name_en": data["source_name"],
                "source_url": data["source_url"],
                "year": data["year"],
                "chart": data["chart"],
            },
            form.rows,
        )
        messages.success(
            self.request,
            _("Dataset '%(title)s' imported with %(count)s rows.")
            % {"title": dataset.title_en, "count": len(form.rows)},
        )
        return redirect(reverse("wagtailsnippets_publications_dataset:edit", args=[dataset.pk]))
