"""Check that rich text written outside the editor (a PO file) is what the editor itself would store.

Wagtail stores rich text as HTML in its own database format (`<p data-block-key=…>`, links as
`<a linktype="page" id="3">`). A translation may use the markup the field's features allow and
any markup its English text uses; it must close every element it opens and keep text inside
block elements (`rich_text_problems`, sentences a translator can act on).

Then `editor_clean` passes it through Wagtail's own rich-text editor converter (Draftail's
contentstate, for the features of the field or block), as if it had been typed in the editor, and
what is stored is that converter's output. Anything the converter would drop (a comment, which
`html.parser` reads differently from browsers: `<!-->` ends a comment for a browser, not for
Python; a CDATA section; an element or attribute of no feature; a `javascript:` link) makes the
translation refused rather than silently changed.
"""

import re
import threading
from collections import Counter
from html import escape
from html.parser import HTMLParser

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from django.utils.translation import gettext as _

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import features as feature_registry

FEATURE_TAGS = {
    "bold": {"b"},
    "italic": {"i"},
    "h1": {"h1"},
    "h2": {"h2"},
    "h3": {"h3"},
    "h4": {"h4"},
    "h5": {"h5"},
    "h6": {"h6"},
    "ol": {"ol", "li"},
    "ul": {"ul", "li"},
    "link": {"a"},
    "document-link": {"a"},
    "hr": {"hr"},
    "image": {"embed"},
    "embed": {"embed"},
    "code": {"code"},
    "superscript": {"sup"},
    "subscript": {"sub"},
    "strikethrough": {"s"},
    "blockquote": {"blockquote"},
}
ALWAYS_ALLOWED = {"p", "br"}
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "hr", "embed", "blockquote"}
VOID_TAGS = {"br", "hr", "embed"}
ATTRIBUTES = {"data-block-key", "linktype", "id", "href", "embedtype", "format", "alt", "url"}
LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/", "#")


class _MarkupCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _value in attrs)


class _Checker(HTMLParser):
    def __init__(self, allowed_tags, allowed_attributes):
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.allowed_attributes = allowed_attributes
        self.open_tags = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.allowed_tags:
            self.problems.append(_("the markup <%(tag)s> is not allowed here") % {"tag": tag})
        elif not self.open_tags and tag not in BLOCK_TAGS:
            self.problems.append(_("<%(tag)s> must be inside a paragraph") % {"tag": tag})
        for name, value in attrs:
            if name not in self.allowed_attributes:
                self.problems.append(_("the attribute %(name)s is not allowed") % {"name": name})
            elif name == "href" and not (value or "").lower().startswith(LINK_SCHEMES):
                self.problems.append(_("the link address %(href)s is not allowed") % {"href": value})
            elif name == "id" and tag == "a" and not (value or "").isdigit():
                self.problems.append(_("a link to a page or document needs its number as id"))
        if tag not in VOID_TAGS:
            self.open_tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if tag not in self.open_tags:
            self.problems.append(_("</%(tag)s> closes nothing that is open") % {"tag": tag})
            return
        while (inner := self.open_tags.pop()) != tag:
            self.problems.append(_("<%(tag)s> is not closed") % {"tag": inner})

    def handle_data(self, data):
        if not self.open_tags and data.strip():
            self.problems.append(_("text must be inside a paragraph"))


def allowed_tags(features=None):
    features = features if features is not None else feature_registry.get_default_features()
    tags = set(ALWAYS_ALLOWED)
    for feature in features:
        tags |= FEATURE_TAGS.get(feature, set())
    return tags


def as_rich_text(text):
    """Plain text (no markup at all) becomes paragraphs, one per block of lines; HTML is kept."""
    if "<" in text:
        return text
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in paragraphs)


def rich_text_problems(html, features=None, source=""):
    """What would make `html` invalid as rich text with `features` and the English `source`, as
    sentences; [] when valid."""
    source_markup = _MarkupCollector()
    source_markup.feed(source)
    source_markup.close()
    checker = _Checker(allowed_tags(features) | source_markup.tags, ATTRIBUTES | source_markup.attributes)
    checker.feed(html)
    checker.close()
    problems = checker.problems
    problems += [_("<%(tag)s> is not closed") % {"tag": tag} for tag in checker.open_tags]
    return list(dict.fromkeys(problems))


# The editor stores <strong> as <b> and <em> as <i>: the same markup.
SAME_TAGS = {"strong": "b", "em": "i"}
BLOCK_KEY = re.compile(r' data-block-key="[^"<>]*"')
_converters = threading.local()  # a converter keeps parser state between calls: one per thread


def _converter(features):
    features = tuple(features if features is not None else feature_registry.get_default_features())
    cache = _converters.__dict__.setdefault("by_features", {})
    if features not in cache:
        cache[features] = ContentstateConverter(list(features))
    return cache[features]


def _markup(html):
    """What a rich text is made of, for comparison: elements with their attributes (block keys aside),
    comments and other declarations, and the text with its spacing evened out."""
    document = BeautifulSoup(html, "html.parser")
    parts, text = Counter(), []
    for node in document.descendants:
        if isinstance(node, Tag):
            attributes = {name: value for name, value in node.attrs.items() if name != "data-block-key"}
            parts[
                (
                    SAME_TAGS.get(node.name, node.name),
                    tuple(sorted((name, str(value)) for name, value in attributes.items())),
                )
            ] += 1
        elif isinstance(node, PreformattedString):  # comment, CDATA, declaration, processing instruction
            parts[("<!…>", ())] += 1
        elif isinstance(node, NavigableString):
            text.append(str(node))
    return parts, re.sub(r"\s+", "", "".join(text))


def _described(part):
    name, attributes = part
    if name == "<!…>":
        return name
    return f"<{name}{''.join(f' {attribute}' for attribute, _value in attributes)}>"


def editor_clean(html, features=None):
    """(what Wagtail's editor would store for `html`, [what it would drop]); nothing dropped when the
    two agree on every element, attribute and text."""
    converter = _converter(features)
    try:
        cleaned = converter.to_database_format(converter.from_database_format(html))
    except AssertionError:  # the converter's parser asserts that end tags match ("<img>…</p>")
        return html, [_("markup the editor cannot read")]
    (before, before_text), (after, after_text) = _markup(html), _markup(cleaned)
    dropped = [_described(part) for part in sorted((before - after).keys(), key=str)]
    if not dropped and before_text != after_text:
        dropped = [_("some of the text")]
    if "data-block-key" not in html:
        # The converter makes up random keys: without them the same file imports to the same text.
        cleaned = BLOCK_KEY.sub("", cleaned)
    return cleaned, dropped


def checked_translation(unit, text):
    """(the text to store for a translation unit, [problems]): what the PO import and the side-by-side
    view both check (translations/po.py, translations/side_by_side.py)."""
    if unit.is_rich_text:
        text = as_rich_text(text)
        problems = rich_text_problems(text, unit.features, source=unit.text)
        if problems:
            return text, problems
        cleaned, dropped = editor_clean(text, unit.features)
        if dropped:
            return text, [
                _("the rich text editor would not keep %(markup)s; use only the markup of the English text")
                % {"markup": ", ".join(dropped)}
            ]
        return cleaned, []
    if unit.max_length and len(text) > unit.max_length:
        return text, [
            _("the translation has %(length)s characters; at most %(count)s fit")
            % {"length": len(text), "count": unit.max_length}
        ]
    return text, []
