"""Check that rich text written outside the editor (a PO file) is what the editor itself would store.

Wagtail stores rich text as HTML in its own database format (`<p data-block-key=…>`, links as
`<a linktype="page" id="3">`). A translation may use the markup the field's features allow and
any markup its English text uses; it must close every element it opens and keep text inside
block elements.
"""

from html import escape
from html.parser import HTMLParser

from django.utils.translation import gettext as _

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
