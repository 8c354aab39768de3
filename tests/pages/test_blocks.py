"""Content blocks: images need alt text or an explicit 'decorative'; heading levels stay in order."""

import pytest

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.images.tests.utils import get_test_image_file

from images.models import SiteImage
from pages.blocks import BodyBlock, HeadingBlock, LinkBlock


@pytest.fixture
def image(db):
    return SiteImage.objects.create(title="ASEAN Hall", file=get_test_image_file())


def figure(image, alt_text="", decorative=False):
    return [{"type": "image", "value": {"image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative}}}]


def clean(raw):
    block = BodyBlock()
    return block.clean(block.to_python(raw))


def test_an_image_without_alt_text_cannot_be_saved(image):
    with pytest.raises(StreamBlockValidationError):
        clean(figure(image))


def test_an_image_with_alt_text_or_marked_decorative_can(image):
    assert clean(figure(image, alt_text="Visitors in the ASEAN Hall Seoul"))
    assert clean(figure(image, decorative=True))


def test_headings_offer_only_h2_to_h4():
    levels = [value for value, _label in HeadingBlock().child_blocks["level"].field.choices if value]
    assert levels == ["h2", "h3", "h4"]


@pytest.mark.parametrize("value", [{"label": "Both", "url": "https://example.org", "page": 1}, {"label": "Neither"}])
def test_call_to_action_needs_exactly_one_target(db, value):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": value["label"], "url": value.get("url", ""), "page": value.get("page")}))
