from django.core.management.base import BaseCommand, CommandError

from akc_site.languages import TRANSLATION_LANGUAGES
from translations.po import export_po


class Command(BaseCommand):
    help = (
        "Write one language's page content as a gettext PO file: the English text as msgid, the current "
        "translation as msgstr, outdated translations marked fuzzy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, choices=TRANSLATION_LANGUAGES)
        parser.add_argument(
            "--only-missing",
            action="store_true",
            help="Only texts without a translation, whose English changed, or awaiting review.",
        )
        parser.add_argument("-o", "--output", help="The file to write; standard output when left out.")

    def handle(self, *args, language, only_missing, output, **options):
        po = export_po(language, only_missing=only_missing)
        if output:
            try:
                po.save(output)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error}") from None
            self.stderr.write(f"{len(po)} entries for {language} written to {output}.")
        else:
            self.stdout.write(str(po))
