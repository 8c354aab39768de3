"""Every text of a news item reaches the translators' workbench: the report and the PO files."""

from modeltranslation.translator import translator

from news.models import NewsPage, PressContact
from translations.po import export_po
from translations.report import translatable_pages, translation_states
from translations.units import translatable_fields


def test_news_items_are_in_the_report_with_their_missing_fields(db):
    item = NewsPage.objects.live().first()
    assert item.pk in {page.pk for page in translatable_pages()}
    [state] = translation_states([item], ["th"])
    assert {"title", "introduction"} <= set(state.missing)
    assert set(translatable_fields(NewsPage)) >= {"title", "body", "introduction"}


def test_the_po_file_holds_every_text_of_a_news_item_including_its_blocks(make_news):
    item = make_news(
        introduction="An introduction to translate.",
        body=[
            {"type": "paragraph", "value": "<p>A paragraph.</p>", "id": "p"},
            {
                "type": "video",
                "value": {"url": "https://vimeo.com/1", "title": "A video title", "caption": ""},
                "id": "v",
            },
            {
                "type": "gallery",
                "value": {"heading": "A gallery heading", "images": []},
                "id": "g",
            },
        ],
    )
    entries = {entry.msgctxt: entry.msgid for entry in export_po("th") if entry.msgctxt.startswith(f"page:{item.pk}|")}
    assert entries[f"page:{item.pk}|introduction"] == "An introduction to translate."
    assert entries[f"page:{item.pk}|body|p"] == "<p>A paragraph.</p>"
    assert entries[f"page:{item.pk}|body|v|title"] == "A video title"
    assert entries[f"page:{item.pk}|body|g|heading"] == "A gallery heading"


def test_press_contacts_are_translated_fields():
    assert set(translator.get_options_for_model(PressContact).fields) == {"name", "role"}
