"""StreamField blocks shared by every page type. Each has a description and a preview for editors."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Editors choose h2 to h4 only: the page title is the single h1.
HEADING_LEVELS = [("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)")), ("h4", _("Minor heading (H4)"))]

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=200)
    # Not indexed: the level's label ("Section heading (H2)") would show in search snippets.
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2", label=_("Level"), search_index=False)

    class Meta:
        icon = "title"
        template = "pages/blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a section; keep levels in order (H2, then H3).")
        preview_value = {"text": "Trade and investment", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "pages/blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Text with bold, italic, lists and links.")
        preview_value = (
            "<p>The Centre promotes trade, investment, culture, tourism and people-to-people "
            "exchanges between ASEAN and Korea.</p>"
        )


class FigureBlock(blocks.StructBlock):
    # Wagtail's ImageBlock asks for alt text or an explicit "decorative" tick, so no image is
    # published without one or the other.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=200, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "pages/blocks/figure_block.html"
        label = _("Image")
        description = _("An image with alt text, and an optional caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote_block.html"
        label = _("Quotation")
        description = _("A quotation set apart from the text, with who said it.")
        preview_value = {
            "quote": "Mutual respect and understanding are the basis of our cooperation.",
            "attribution": "ASEAN-Korea Centre",
        }


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120, label=_("Link text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page on this site"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": [_("Choose a page or enter an address, not both.")]}
            )
        return value

    class Meta:
        icon = "link"
        template = "pages/blocks/link_block.html"
        label = _("Call to action")
        description = _("A prominent link to a page of this site or to another site.")
        preview_value = {"label": "Read the Secretary General's greeting", "url": "https://www.aseankorea.org/"}


class FocusAreaBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Focus area"))
    description = blocks.TextBlock(label=_("Description"))

    class Meta:
        icon = "tick"
        template = "pages/blocks/focus_area_block.html"
        label = _("Focus area")
        description = _("One area of work within a strategic priority, with a short description.")
        preview_value = {
            "title": "ESG and e-mobility",
            "description": "Cooperation in new growth industries such as ESG and electric mobility.",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = LinkBlock()

    class Meta:
        template = "pages/blocks/body_block.html"


class FocusAreasBlock(blocks.StreamBlock):
    focus_area = FocusAreaBlock()
