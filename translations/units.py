"""The translatable text of a page, unit by unit: plain fields and the text inside StreamField blocks.

A unit is one piece of English text with its translation in one language. Units are read from raw
values (strings, and StreamField data as the JSON-ish lists stored in the database and in
revisions), so hundreds of pages can be read without converting blocks, which could query images
or pages.

A translated StreamField has its own blocks. Its blocks are paired with the English ones by block
id (the import writes translations under the English ids); a translation made separately in the
editor, with ids of its own, is paired by position when both streams have the same block types
in the same order.
"""

import hashlib
import json
from dataclasses import dataclass

from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField, StreamValue
from wagtail.models import Revision

from akc_site.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from pages.fallback import is_empty_rich_text, translated_field_names

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock)
CONTAINER_BLOCKS = (blocks.StreamBlock, blocks.ListBlock)


@dataclass(frozen=True)
class Unit:
    """One English text of a page with its translation ("" when there is none)."""

    field: str
    path: tuple[str, ...]
    text: str
    translation: str
    is_rich_text: bool = False
    max_length: int | None = None
    block: blocks.Block | None = None
    labels: tuple[str, ...] = ()  # the blocks' labels along the path, for translators
    features: tuple[str, ...] | None = None  # a rich text's editor features (None: Wagtail's default)

    @property
    def key(self):
        return (self.field, self.path)


def localized(field_name, language):
    return build_localized_fieldname(field_name, language)


def translatable_fields(model):
    """The translated fields of a page model, in the order the model declares them."""
    names = set(translated_field_names(model))
    return [field.name for field in model._meta.concrete_fields if field.name in names]


def stream_block_of(model, field_name):
    field = model._meta.get_field(field_name)
    return field.stream_block if isinstance(field, StreamField) else None


def is_rich_text_field(model, field_name):
    return isinstance(model._meta.get_field(field_name), RichTextField)


def raw_value(model, field_name, value):
    """A field value as raw data: text as a string, a StreamField as a list of block dicts."""
    stream_block = stream_block_of(model, field_name)
    if stream_block is None:
        return "" if value is None else str(value)
    if not value:
        return []
    if isinstance(value, str):  # revisions keep StreamField data as JSON text
        value = json.loads(value)
    if isinstance(value, StreamValue):
        return list(stream_block.get_prep_value(value))
    return list(value)


def page_values(page):
    """{localized field name: raw value} of every translated field of `page`, in every language."""
    model = type(page)
    return {
        localized(name, language): raw_value(model, name, getattr(page, localized(name, language), None))
        for name in translatable_fields(model)
        for language in LANGUAGE_CODES
    }


def revision_values(model, content):
    return {
        localized(name, language): raw_value(model, name, content.get(localized(name, language)))
        for name in translatable_fields(model)
        for language in LANGUAGE_CODES
    }


def working_values(pages):
    """{page id: values} of each page as editors last saved it, from its latest revision when it has
    unpublished changes, else from the page itself; one query for all the revisions."""
    revision_ids = [page.latest_revision_id for page in pages if page.has_unpublished_changes]
    contents = dict(Revision.objects.filter(pk__in=revision_ids).values_list("pk", "content")) if revision_ids else {}
    values = {}
    for page in pages:
        content = contents.get(page.latest_revision_id) if page.has_unpublished_changes else None
        values[page.pk] = revision_values(type(page), content) if content is not None else page_values(page)
    return values


def has_content(model, field_name, raw):
    """True when a raw value holds something a visitor would read (the rule of the English fallback)."""
    if stream_block_of(model, field_name) is not None:
        return len(raw) > 0
    if is_rich_text_field(model, field_name):
        return not is_empty_rich_text(raw)
    return bool(raw.strip())


def _items(block, raw):
    """[(id, block type, child block, value)] of a StreamBlock's or ListBlock's raw data."""
    if not isinstance(raw, list):
        return []
    items = []
    for index, item in enumerate(raw):
        if isinstance(block, blocks.StreamBlock):
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                items.append((str(item.get("id") or index), item["type"], child, item.get("value")))
        elif isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            items.append((str(item.get("id") or index), "item", block.child_block, item["value"]))
        else:  # a list stored before ListBlock items had ids
            items.append((str(index), "item", block.child_block, item))
    return items


def _paired_items(block, source, target):
    """Each English item with its counterpart in the translation (or None), by id, else by position."""
    source_items, target_items = _items(block, source), _items(block, target)
    by_id = {item[0]: item for item in target_items}
    same_shape = [item[1] for item in source_items] == [item[1] for item in target_items]
    for index, (item_id, block_type, child, value) in enumerate(source_items):
        match = by_id.get(item_id)
        if match is None and same_shape:
            match = target_items[index]
        counterpart = match[3] if match is not None and match[1] == block_type else None
        yield item_id, block_type, child, value, counterpart


def _text(value):
    return value if isinstance(value, str) else ""


def _leaves(block, source, target, path, labels):
    """(path, labels, block, English text, translated text) for every text in `source`, paired with `target`."""
    if isinstance(block, (blocks.RichTextBlock, *TEXT_BLOCKS)):
        yield path, labels, block, _text(source), _text(target)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(source, dict):
            target = target if isinstance(target, dict) else {}
            for name, child in block.child_blocks.items():
                yield from _leaves(
                    child, source.get(name), target.get(name), (*path, name), (*labels, str(child.label))
                )
    elif isinstance(block, CONTAINER_BLOCKS):
        for item_id, _type, child, value, counterpart in _paired_items(block, source, target):
            yield from _leaves(child, value, counterpart, (*path, item_id), (*labels, str(child.label)))


def _block_max_length(block):
    if isinstance(block, blocks.RichTextBlock):
        return None
    return getattr(getattr(block, "field", None), "max_length", None)


def _features(field_or_block):
    features = getattr(field_or_block, "features", None)
    return tuple(features) if features is not None else None


def field_units(model, field_name, source, target):
    """The units of one field: its English text (raw `source`) paired with the translation `target`."""
    stream_block = stream_block_of(model, field_name)
    if stream_block is None:
        if not source.strip():
            return []
        field = model._meta.get_field(field_name)
        is_rich_text = is_rich_text_field(model, field_name)
        features = _features(field) if is_rich_text else None
        return [Unit(field_name, (), source, target or "", is_rich_text, field.max_length, features=features)]
    return [
        Unit(
            field_name,
            path,
            text,
            translation,
            isinstance(block, blocks.RichTextBlock),
            _block_max_length(block),
            block,
            labels,
            _features(block) if isinstance(block, blocks.RichTextBlock) else None,
        )
        for path, labels, block, text, translation in _leaves(stream_block, source, target, (), ())
        if text.strip()
    ]


def page_units(model, values, language):
    """Every unit of a page (its raw `values`) with its translation into `language`."""
    units = []
    for name in translatable_fields(model):
        units += field_units(model, name, values[localized(name, SOURCE_LANGUAGE)], values[localized(name, language)])
    return units


def text_hash(model, field_name, raw):
    """A fingerprint of the text of a field value (block ids, images and links do not count)."""
    texts = [unit.text for unit in field_units(model, field_name, raw, None)]
    return hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode()).hexdigest()


def _merge(block, source, target, translations, path):
    if isinstance(block, (blocks.RichTextBlock, *TEXT_BLOCKS)):
        if path in translations:
            return translations[path]
        return target if _text(target).strip() else source
    if isinstance(block, blocks.StructBlock):
        if not isinstance(source, dict):
            return target if target is not None else source
        target = target if isinstance(target, dict) else {}
        return {
            name: _merge(block.child_blocks[name], value, target.get(name), translations, (*path, name))
            if name in block.child_blocks
            else value
            for name, value in source.items()
        }
    if isinstance(block, CONTAINER_BLOCKS):
        merged = []
        for item_id, block_type, child, value, counterpart in _paired_items(block, source, target):
            merged.append(
                {
                    "type": block_type,
                    "value": _merge(child, value, counterpart, translations, (*path, item_id)),
                    "id": item_id,
                }
            )
        return merged
    return target if target is not None else source


def translated_stream(model, field_name, source, target, translations):
    """A translated StreamField value: the English blocks (and ids), with the text of `translations`
    ({path: text}), else the existing translation of that text, else the English text."""
    return _merge(stream_block_of(model, field_name), source, target, translations, ())
