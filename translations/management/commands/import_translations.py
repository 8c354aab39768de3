from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from akc_site.languages import TRANSLATION_LANGUAGES
from translations.po import TranslationImportError, import_po
from translations.snippets import display_title, owner_reference


class Command(BaseCommand):
    help = (
        "Import a translated PO file made by export_translations. All or nothing: any problem is reported "
        "and nothing is changed. Each changed page gets a new revision, published when --user may publish "
        "it and it had no other unpublished changes, else saved as a draft."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The PO file.")
        parser.add_argument("--user", help="The username the revisions are made by; its permissions apply.")
        parser.add_argument(
            "--language", choices=TRANSLATION_LANGUAGES, help="Refuse the file unless it is for this language."
        )
        parser.add_argument(
            "--submit-for-moderation",
            action="store_true",
            help="Send the pages saved as drafts to the moderation workflow (needs --user).",
        )

    def handle(self, *args, file, user, language, submit_for_moderation, **options):
        if user is not None:
            try:
                user = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"There is no user {user!r}.") from None
        try:
            with open(file, "rb") as po_file:
                content = po_file.read()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        try:
            result = import_po(content, user=user, language=language, submit_for_moderation=submit_for_moderation)
        except TranslationImportError as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"- {problem}" for problem in error.problems)
            ) from None
        for change in result.changes:
            fields = ", ".join(change.fields)
            item = change.page
            self.stdout.write(f"{owner_reference(item)} {display_title(item)}: {change.outcome} ({fields})")
        self.stdout.write(self.style.SUCCESS(result.summary()))
