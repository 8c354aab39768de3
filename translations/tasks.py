"""Large PO imports run in the background worker, so a translator's upload never times out.

The task's result is plain JSON (what the translator's page shows): the counts of the import and,
per changed page, its id (a snippet: its `snippet:…` context prefix), the changed fields and the
outcome; or the problems that stopped it.
"""

from django_tasks import task

from django.contrib.auth import get_user_model

from translations.po import TranslationImportError, import_po
from translations.snippets import owner_reference


def import_outcome(result):
    return {
        "language": result.language,
        "applied": result.applied,
        "unchanged": result.unchanged,
        "fuzzy": result.fuzzy,
        "untranslated": result.untranslated,
        "changes": [[owner_reference(change.page), list(change.fields), change.outcome] for change in result.changes],
        "problems": [],
    }


@task()
def import_po_file(content, user_id, language, submit_for_moderation):
    user = get_user_model().objects.get(pk=user_id)
    try:
        result = import_po(content, user=user, language=language, submit_for_moderation=submit_for_moderation)
    except TranslationImportError as error:
        return {"problems": [str(problem) for problem in error.problems], "changes": []}
    return import_outcome(result)
