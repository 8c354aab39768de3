"""The translators' admin: report and PO files under Reports, and the language picker fix."""

import json

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_lang
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from akc_site.languages import LANGUAGE_CODES, NATIVE_NAMES, SOURCE_LANGUAGE, TRANSLATION_LANGUAGES
from pages.models import BasePage
from pages.sections import NOTICES_HOOK_NAME, Section
from translations.admin_views import (
    TranslationFilesView,
    TranslationImportView,
    TranslationReportView,
    confirm_review_view,
    user_may_translate,
)
from translations.side_by_side import SideBySideView, side_by_side_url
from translations.tracking import is_awaiting_review


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_translate(request.user)


class SideBySideMenuItem(PageMenuItem):
    """In the page's header menu: the side-by-side view in the first translation language, which
    links to the others."""

    label = _("Translate side by side")
    icon_name = "globe"

    @property
    def url(self):
        return side_by_side_url(self.page, TRANSLATION_LANGUAGES[0])

    def is_shown(self, user):
        return user_may_translate(user) and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
        path("translations/files/", TranslationFilesView.as_view(), name="translation_files"),
        path(
            "translations/review/<int:page_id>/<str:language>/",
            confirm_review_view,
            name="translation_confirm_review",
        ),
        path("translations/imports/<str:result_id>/", TranslationImportView.as_view(), name="translation_import"),
        path(
            "translations/<int:page_id>/<str:language>/side-by-side/",
            SideBySideView.as_view(),
            name="translation_side_by_side",
        ),
    ]


@hooks.register("register_page_header_buttons")
def side_by_side_button(page, user, view_name, next_url=None):
    if page.specific_class is not None and issubclass(page.specific_class, BasePage):
        yield SideBySideMenuItem(page=page, priority=45)


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return TranslatorsMenuItem(
        _("Translation status"), reverse("translation_report"), name="translation-status", icon_name="globe", order=50
    )


@hooks.register("register_reports_menu_item")
def translation_files_menu_item():
    return TranslatorsMenuItem(
        _("Translation files"), reverse("translation_files"), name="translation-files", icon_name="download", order=51
    )


@hooks.register("insert_editor_js")
def translation_fields_script():
    # After wagtail-modeltranslation's own scripts: teaches them the `_ind` fields and opens ?language=…
    return format_html(
        '<script src="{}" data-field-suffixes="{}" data-language-names="{}"></script>',
        static("js/admin/translation-fields.js"),
        json.dumps({code: build_lang(code) for code in LANGUAGE_CODES}),
        json.dumps(NATIVE_NAMES, ensure_ascii=False),
    )


@hooks.register(NOTICES_HOOK_NAME)
def awaiting_review_notice(page, request):
    """Visitors are told when the translation they read has not been reviewed (one query, not in English)."""
    language = get_language()
    if language != SOURCE_LANGUAGE and page.pk and is_awaiting_review(page, language):
        return Section("translations/awaiting_review_notice.html", order=10)
    return None
