"""PO export and import of page content: the round trip, and every way an import is refused."""

import io
import os
import re

import polib
import pytest
from bs4 import BeautifulSoup
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page, Revision, WorkflowState

from akc_site.languages import LANGUAGE_CODES
from pages.blocks import PARAGRAPH_FEATURES
from pages.models import PriorityPage
from translations.po import TranslationImportError, export_po, import_po, parse_context
from translations.report import MISSING, translatable_pages, translation_states
from translations.rich_text_check import editor_clean, rich_text_problems
from translations.snippets import translatable_snippets
from translations.units import localized, page_values

pytestmark = pytest.mark.django_db


def snapshot(*, except_language=None):
    """Every translated field of every page (live and latest revision), but those of `except_language`."""
    pages = translatable_pages()
    values = {}
    for page in pages:
        for source, page_values_ in (
            ("live", page_values(page)),
            ("draft", page_values(page.get_latest_revision_as_object())),
        ):
            for name, value in page_values_.items():
                if except_language is None or not name.endswith("_" + localized("x", except_language)[2:]):
                    values[(page.pk, source, name)] = value
    return values


def fill(po):
    """A translation for every entry: plain text prefixed, rich text with each text node prefixed."""
    for entry in po:
        if entry.msgid.startswith("<"):
            entry.msgstr = re.sub(r">([^<]+)<", lambda match: ">ไทย " + match.group(1) + "<", entry.msgid)
        else:
            entry.msgstr = "ไทย " + entry.msgid
    return po


def export_file(tmp_path, language, *options):
    path = tmp_path / f"{language}.po"
    call_command("export_translations", "--language", language, *options, "-o", str(path), stderr=io.StringIO())
    return path


def import_file(path, *options):
    out = io.StringIO()
    call_command("import_translations", str(path), *options, stdout=out)
    return out.getvalue()


def test_export_has_every_text_with_stable_contexts(about):
    po = export_po("th")
    assert po.metadata["Language"] == "th"
    contexts = {entry.msgctxt: entry for entry in po}
    assert len(contexts) == len(po), "one entry per context"
    title = contexts[f"page:{about.pk}|title"]
    assert (title.msgid, title.msgstr) == (about.title_en, "")
    body_blocks = list(about.body_en.raw_data)
    paragraph = next(block for block in body_blocks if block["type"] == "paragraph")
    heading = next(block for block in body_blocks if block["type"] == "heading")
    assert contexts[f"page:{about.pk}|body|{paragraph['id']}"].msgid == paragraph["value"]
    assert contexts[f"page:{about.pk}|body|{heading['id']}|text"].msgid == heading["value"]["text"]
    assert parse_context(f"page:{about.pk}|body|{heading['id']}|text") == (about.pk, "body", (heading["id"], "text"))
    assert [entry.msgctxt for entry in export_po("th")] == [entry.msgctxt for entry in po], "stable between exports"


def test_export_carries_the_current_translation(priority):
    contexts = {entry.msgctxt: entry for entry in export_po("ko")}
    assert contexts[f"page:{priority.pk}|summary"].msgstr == priority.summary_ko
    first_area_en, first_area_ko = priority.focus_areas_en.raw_data[0], priority.focus_areas_ko.raw_data[0]
    entry = contexts[f"page:{priority.pk}|focus_areas|{first_area_en['id']}|title"]
    assert (entry.msgid, entry.msgstr) == (first_area_en["value"]["title"], first_area_ko["value"]["title"])


def test_only_missing_lists_missing_and_outdated_texts_outdated_as_fuzzy(priority):
    assert len(export_po("ko", only_missing=True)) == 0, "the initial content is complete in Korean"
    priority.summary_en = "A new English summary."
    priority.save_revision().publish()

    [entry] = export_po("ko", only_missing=True)
    assert entry.msgctxt == f"page:{priority.pk}|summary"
    assert entry.msgid == "A new English summary." and entry.msgstr == priority.summary_ko
    assert entry.fuzzy
    # Nothing is in Thai but the Member States' names, which their pages take from the UI catalogue.
    assert len(export_po("th", only_missing=True)) == len([entry for entry in export_po("th") if not entry.msgstr])


def test_round_trip_fills_every_field_and_changes_nothing_else(tmp_path, editor):
    path = export_file(tmp_path, "th")
    filled = fill(polib.pofile(str(path)))
    filled.save(str(path))
    others_before = snapshot(except_language="th")

    output = import_file(path, "--user", editor.username)

    assert f"{len(translatable_pages())} pages changed" in output
    assert f"Snippets changed: {len(translatable_snippets())}." in output
    assert snapshot(except_language="th") == others_before
    # Rich text is stored as Wagtail's editor would store it (<strong> as <b>, entities as characters).
    expected = {
        entry.msgctxt: editor_clean(entry.msgstr)[0] if entry.msgid.startswith("<") else entry.msgstr
        for entry in filled
    }
    exported_again = {entry.msgctxt: entry.msgstr for entry in export_po("th")}
    assert exported_again == expected
    for page in translatable_pages():
        assert not page.has_unpublished_changes, "an editor's import is published"
        assert page.title_th == "ไทย " + page.title_en
        for entry in filled:
            if entry.msgid.startswith("<") and entry.msgctxt.startswith(f"page:{page.pk}|"):
                assert rich_text_problems(entry.msgstr, source=entry.msgid) == []
    assert {state.state for state in translation_states(translatable_pages(), ["th"])} == {"complete"}


def test_translated_streams_keep_the_english_blocks_images_and_links(tmp_path, editor, about):
    path = export_file(tmp_path, "th")
    fill(polib.pofile(str(path))).save(str(path))
    import_file(path, "--user", editor.username)
    about.refresh_from_db()
    english, thai = list(about.body_en.raw_data), list(about.body_th.raw_data)
    assert [(block["id"], block["type"]) for block in thai] == [(block["id"], block["type"]) for block in english]
    heading_en = next(block for block in english if block["type"] == "heading")
    heading_th = next(block for block in thai if block["id"] == heading_en["id"])
    assert heading_th["value"] == {**heading_en["value"], "text": "ไทย " + heading_en["value"]["text"]}


@pytest.mark.parametrize("language", ["th", "ko"])
def test_translated_pages_render(tmp_path, client, editor, language):
    path = export_file(tmp_path, language)
    fill(polib.pofile(str(path))).save(str(path))
    import_file(path, "--user", editor.username)
    for url in (f"/{language}/", f"/{language}/about/", f"/{language}/priorities/economy/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "ไทย" in response.content.decode()


def test_translators_import_becomes_drafts_submitted_for_moderation(tmp_path, translator, priority):
    path = export_file(tmp_path, "th")
    fill(polib.pofile(str(path))).save(str(path))

    import_file(path, "--user", translator.username, "--submit-for-moderation")

    priority.refresh_from_db()
    assert not priority.title_th, "nothing is published"
    assert priority.get_latest_revision_as_object().title_th == "ไทย " + priority.title_en
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == len(translatable_pages())
    assert {state.state for state in translation_states(translatable_pages(), ["th"])} == {"complete"}


def test_fuzzy_entries_wait_until_the_translator_clears_the_flag(tmp_path, editor, priority):
    priority.summary_en = "A new English summary."
    priority.save_revision().publish()
    path = export_file(tmp_path, "ko", "--only-missing")

    import_file(path, "--user", editor.username)
    assert translation_states([PriorityPage.objects.get(pk=priority.pk)], ["ko"])[0].outdated == ["summary"]

    po = polib.pofile(str(path))
    po[0].flags.remove("fuzzy")  # checked: the Korean still says the same
    po.save(str(path))
    import_file(path, "--user", editor.username)
    assert translation_states([PriorityPage.objects.get(pk=priority.pk)], ["ko"])[0].state == "complete"


def refused_import(path_or_text, *options, language=None):
    """The problems reported for an import that must change nothing."""
    before, revisions = snapshot(), Revision.objects.count()
    with pytest.raises(CommandError) as error:
        call_command("import_translations", str(path_or_text), *options, stdout=io.StringIO())
    assert snapshot() == before and Revision.objects.count() == revisions, "nothing changed"
    return str(error.value)


@pytest.fixture
def filled_th(tmp_path):
    path = export_file(tmp_path, "th")
    po = fill(polib.pofile(str(path)))
    po.save(str(path))
    return path, po


def test_a_file_for_another_language_is_refused(filled_th, editor):
    path, _po = filled_th
    message = refused_import(path, "--user", editor.username, "--language", "vi")
    assert "not Tiếng Việt" in message


def test_a_file_without_a_known_language_is_refused(filled_th, editor):
    path, po = filled_th
    po.metadata["Language"] = "xx"
    po.save(str(path))
    assert "Language header" in refused_import(path, "--user", editor.username)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"this is not a PO file\nat all\n",
        b'msgid ""\nmsgstr "Language: th\\n"\n\nmsgid "a"\nmsgstr "b" junk\n',
        b'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
        "\ufffe".encode("utf-16"),
    ],
)
def test_a_malformed_file_is_refused(tmp_path, editor, content):
    path = tmp_path / "broken.po"
    path.write_bytes(content)
    assert "not a valid PO file" in refused_import(path, "--user", editor.username)


def test_english_changed_since_the_export_is_refused(filled_th, editor, priority):
    path, _po = filled_th
    priority.summary_en = "Changed after the export."
    priority.save_revision().publish()
    message = refused_import(path, "--user", editor.username)
    assert f"page:{priority.pk}|summary" in message and "changed since the file was exported" in message


@pytest.mark.parametrize(
    "context",
    [
        "page:999999|title",
        "page:{pk}|no_such_field",
        "page:{pk}|body|no-such-block",
        "somewhere else",
        "page:abc|title",
        "page:1234567890123456789012345|title",  # too large for the database's integers
        "page:2147483648|title",
        "page:²|title",  # a digit to str.isdigit(), not to int()
    ],
)
def test_an_unknown_context_is_refused(filled_th, editor, about, context):
    path, po = filled_th
    po.append(polib.POEntry(msgctxt=context.format(pk=about.pk), msgid=about.title_en, msgstr="ไทย"))
    po.save(str(path))
    assert "unknown context" in refused_import(path, "--user", editor.username)


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ("<p>ไทย <b>ตัวหนา</p>", "is not closed"),
        ("<p>ไทย</p><script>alert(1)</script>", "not allowed"),
        ('<p><a href="javascript:alert(1)">ลิงก์</a></p>', "not allowed"),
        ("<p>ไทย</p> ข้อความนอกย่อหน้า", "inside a paragraph"),
        ('<p onclick="x()">ไทย</p>', "not allowed"),
        # html.parser reads all of this as one comment; a browser ends the comment at "<!-->" and obeys the <meta>.
        ('<p>ไทย<!--><meta http-equiv="refresh" content="5;url=https://evil.example/">--></p>', "would not keep <!…>"),
        ("<p>ไทย<![CDATA[<img src=x onerror=alert(1)>]]></p>", "would not keep <!…>"),
        ("<p>ไทย<!-- a note for the next translator --></p>", "would not keep <!…>"),
        ('<p>ไทย<img src="x" onerror="alert(1)"/></p>', "not allowed"),
        ('<p><a href="JavaScript:alert(1)">ลิงก์</a></p>', "not allowed"),
        ('<p><a href=" javascript:alert(1)">ลิงก์</a></p>', "not allowed"),
    ],
)
def test_invalid_rich_text_is_refused(filled_th, editor, about, translation, problem):
    path, po = filled_th
    entry = next(
        entry for entry in po if entry.msgctxt.startswith(f"page:{about.pk}|body|") and entry.msgid.startswith("<")
    )
    entry.msgstr = translation
    po.save(str(path))
    line = polib.pofile(str(path)).find(entry.msgid, msgctxt=entry.msgctxt).linenum
    message = refused_import(path, "--user", editor.username)
    assert problem in message and f"Line {line}:" in message


@pytest.mark.parametrize(
    "html",
    [
        '<p>X<!--><meta http-equiv="refresh" content="5;url=https://evil.example/">--></p>',
        "<p>X<![CDATA[<img src=x onerror=alert(1)>]]></p>",
        "<p>X</p><script>alert(1)</script>",
        '<p>X<img src="x" onerror="alert(1)"/></p>',
        '<p><a href="javascript:alert(1)">X</a></p>',
        '<p onclick="alert(1)">X</p>',
        "<p>X</p><!DOCTYPE html>",
    ],
)
def test_wagtails_editor_converter_drops_what_browsers_would_run(html):
    """The second check on its own: even markup the first one let past is refused when the editor drops it."""
    cleaned, dropped = editor_clean(html, PARAGRAPH_FEATURES)
    assert dropped, cleaned
    assert (
        "<meta" not in cleaned and "<script" not in cleaned and "onerror" not in cleaned and "javascript" not in cleaned
    )


def test_legitimate_rich_text_passes_and_is_stored_as_the_editor_would(filled_th, editor, about):
    path, po = filled_th
    entry = next(
        entry for entry in po if entry.msgctxt.startswith(f"page:{about.pk}|body|") and entry.msgid.startswith("<")
    )
    entry.msgstr = "".join(
        [
            '<p data-block-key="k1"><b>ตัวหนา</b> <i>เอียง</i> &amp; ',
            '<a href="https://example.org/a?b=1&amp;c=2">ลิงก์</a> <a href="mailto:info@example.org">อีเมล</a> ',
            f'<a linktype="page" id="{about.pk}">หน้า</a><br/>บรรทัด</p>',
            '<ul><li data-block-key="k2">หนึ่ง</li><li data-block-key="k3">สอง</li></ul>',
            '<ol><li data-block-key="k4">สาม</li></ol>',
        ]
    )
    po.save(str(path))
    import_file(path, "--user", editor.username)
    assert {item.msgctxt: item.msgstr for item in export_po("th")}[entry.msgctxt] == entry.msgstr


def test_plain_text_for_rich_text_becomes_paragraphs(filled_th, editor, about):
    path, po = filled_th
    entry = next(
        entry for entry in po if entry.msgctxt.startswith(f"page:{about.pk}|body|") and entry.msgid.startswith("<")
    )
    entry.msgstr = "ย่อหน้าแรก & สอง\n\nย่อหน้าที่สอง"
    po.save(str(path))
    import_file(path, "--user", editor.username)
    contexts = {item.msgctxt: item.msgstr for item in export_po("th")}
    assert contexts[entry.msgctxt] == "<p>ย่อหน้าแรก &amp; สอง</p><p>ย่อหน้าที่สอง</p>"


def test_a_translation_too_long_for_its_field_is_refused(filled_th, editor, about):
    path, po = filled_th
    next(entry for entry in po if entry.msgctxt == f"page:{about.pk}|title").msgstr = "ก" * 256
    po.save(str(path))
    assert "at most 255 fit" in refused_import(path, "--user", editor.username)


def test_a_locked_page_is_refused(filled_th, translator, editor, about):
    path, _po = filled_th
    about.locked, about.locked_by = True, editor
    about.save()
    assert "is locked" in refused_import(path, "--user", translator.username)


def test_a_user_who_may_not_edit_is_refused(filled_th, django_user_model):
    path, _po = filled_th
    django_user_model.objects.create_user("visitor", "visitor@example.org", "a-long-test-password")
    assert "may not edit" in refused_import(path, "--user", "visitor")


def test_admin_download_and_upload(client, translator, about):
    client.force_login(translator)
    url = reverse("translation_files")
    assert client.get(url).status_code == 200

    response = client.get(url, {"language": "th"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="akc-content-th.po"'
    po = fill(polib.pofile(response.content.decode()))

    upload = io.BytesIO(str(po).encode())
    upload.name = "th.po"
    response = client.post(url, {"language": "th", "file": upload, "submit_for_moderation": "on"})
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    changes = document.select(".import-changes li")
    assert len(changes) == len(translatable_pages()) + len(translatable_snippets())
    assert "submitted for moderation" in changes[0].get_text()
    about.refresh_from_db()
    assert not about.title_th and about.get_latest_revision_as_object().title_th == "ไทย " + about.title_en


def test_admin_upload_reports_problems_and_changes_nothing(client, translator):
    client.force_login(translator)
    po = fill(export_po("th"))
    upload = io.BytesIO(str(po).encode())
    upload.name = "th.po"
    before = snapshot()

    response = client.post(reverse("translation_files"), {"language": "ko", "file": upload})

    assert response.status_code == 200
    problems = BeautifulSoup(response.content, "html.parser").select(".import-problems li")
    assert len(problems) == 1 and "not 한국어" in problems[0].get_text()
    assert snapshot() == before
    assert {state.state for state in translation_states(translatable_pages(), ["th"])} == {MISSING}


def test_import_in_the_api_is_one_transaction(editor, about, priority):
    po = fill(export_po("th"))
    next(entry for entry in po if entry.msgctxt == f"page:{priority.pk}|title").msgstr = "ก" * 300
    with pytest.raises(Exception, match="at most"):
        import_po(str(po), user=editor)
    assert not Page.objects.get(pk=about.pk).specific.title_th


def test_snapshot_covers_every_language():
    names = {name for (_pk, _source, name) in snapshot()}
    assert {localized("title", code) for code in LANGUAGE_CODES} <= names


def big_file(entries):
    """The filled Thai export, then entries for texts the pages do not have, up to `entries`."""
    po = fill(export_po("th"))
    pages = translatable_pages()
    for number in range(entries - len(po)):
        page = pages[number % len(pages)]
        po.append(polib.POEntry(msgctxt=f"page:{page.pk}|body|block-{number}", msgid=f"Text {number}", msgstr="ไทย"))
    return str(po)


ENTRIES = int(os.environ.get("AKC_BIG_PO_ENTRIES", "30000"))


@pytest.mark.slow
def test_a_file_of_30000_entries_is_read_and_checked_in_linear_work(editor, django_assert_max_num_queries, monkeypatch):
    content = big_file(ENTRIES)
    assert len(content.encode()) < 5 * 1024 * 1024, "under the upload limit"
    scans = []  # polib's POFile.find reads every entry: once per entry is quadratic
    original_find = polib.POFile.find
    monkeypatch.setattr(
        polib.POFile, "find", lambda self, *args, **kwargs: scans.append(1) or original_find(self, *args, **kwargs)
    )
    queries = len(translatable_pages()) * 4 + 20
    with django_assert_max_num_queries(queries), pytest.raises(TranslationImportError) as error:
        import_po(content, user=editor)
    assert len(error.value.problems) == ENTRIES - len(export_po("th"))
    assert all("unknown context" in problem for problem in error.value.problems)
    # polib's duplicate check scanned the entries read so far for each entry: 450 million comparisons.
    assert len(scans) <= 1, "not once per entry"


def test_a_duplicate_entry_is_refused(editor, about):
    po = fill(export_po("th"))
    first = po[0]
    po.append(polib.POEntry(msgctxt=first.msgctxt, msgid=first.msgid, msgstr="อีกครั้ง"))
    with pytest.raises(TranslationImportError, match="appears twice"):
        import_po(str(po), user=editor)


def test_the_admin_exports_only_the_pages_the_user_may_edit(client, django_user_model, about):
    group = Group.objects.create(name="About editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=about, permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user("about-editor", "about@example.org", "a-long-test-password")
    user.groups.add(group)
    client.force_login(user)

    response = client.get(reverse("translation_files"), {"language": "th"})

    assert response.status_code == 200
    owners = {parse_context(entry.msgctxt)[0] for entry in polib.pofile(response.content.decode())}
    exported = {owner for owner in owners if isinstance(owner, int)}
    subtree = set(Page.objects.descendant_of(about, inclusive=True).values_list("pk", flat=True))
    assert about.pk in exported and exported <= subtree
    # Snippets are translated by whoever may translate (translations/snippets.py).
    assert owners - exported == {(type(snippet), snippet.pk) for snippet in translatable_snippets()}
    assert len(export_po("th")) > len(polib.pofile(response.content.decode())), "the whole site has more"


def run_queued_tasks():
    """What the worker does with the queue, in this test's transaction (db_worker would close its connection)."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    for queued in DBTaskResult.objects.ready():
        queued.claim(worker.worker_id)
        worker.run_task(queued)


def upload_th(client, url):
    po = fill(export_po("th"))
    upload = io.BytesIO(str(po).encode())
    upload.name = "th.po"
    return client.post(url, {"language": "th", "file": upload, "submit_for_moderation": "on"})


@override_settings(TRANSLATION_IMPORT_IN_BACKGROUND_BYTES=0)
def test_a_large_upload_is_imported_as_a_task_with_the_same_result(client, translator, about):
    client.force_login(translator)
    response = upload_th(client, reverse("translation_files"))  # the test settings run tasks at once
    assert response.status_code == 200
    changes = BeautifulSoup(response.content, "html.parser").select(".import-changes li")
    assert len(changes) == len(translatable_pages()) + len(translatable_snippets())
    about.refresh_from_db()
    assert about.get_latest_revision_as_object().title_th == "ไทย " + about.title_en


@override_settings(
    TRANSLATION_IMPORT_IN_BACKGROUND_BYTES=0, TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
)
def test_the_translator_waits_on_a_page_that_shows_the_workers_result(client, translator, editor, about):
    client.force_login(translator)
    response = upload_th(client, reverse("translation_files"))
    assert response.status_code == 302
    result_url = response["Location"]

    waiting = client.get(result_url)
    assert waiting.status_code == 200 and waiting["Refresh"] == "3"
    assert "Importing your file" in waiting.content.decode()
    assert not about.get_latest_revision_as_object().title_th, "nothing imported before the worker runs"

    client.force_login(editor)
    assert client.get(result_url, follow=True).status_code == 404, "another user's import"
    assert client.get(reverse("translation_import", args=["no-such-task"]), follow=True).status_code == 404

    run_queued_tasks()
    client.force_login(translator)
    done = client.get(result_url, follow=True)
    assert "Refresh" not in done
    document = BeautifulSoup(done.content, "html.parser")
    assert len(document.select(".import-changes li")) == len(translatable_pages()) + len(translatable_snippets())
    assert "texts applied" in document.get_text()
