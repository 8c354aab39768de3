"""The blocks of a news item's body: the shared blocks of pages/blocks.py, a gallery and a video."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from news.video import parse_video_url
from pages.blocks import BodyBlock, FigureBlock


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=200, label=_("Gallery heading"))
    images = blocks.ListBlock(FigureBlock(), min_num=2, label=_("Photos"))

    class Meta:
        icon = "image"
        template = "news/blocks/gallery_block.html"
        label = _("Gallery")
        description = _("Several photos in a grid, each with alt text and an optional caption and credit.")


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("The address of the video on YouTube or Vimeo, e.g. https://www.youtube.com/watch?v=…"),
    )
    title = blocks.CharBlock(
        max_length=200, label=_("Video title"), help_text=_("Names the video for screen readers and on the button.")
    )
    poster = ImageBlock(required=False, label=_("Cover image"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url")) is None:
            raise blocks.StructBlockValidationError(
                block_errors={"url": [_("Give the address of a video on YouTube or Vimeo.")]}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = parse_video_url(value.get("url"))
        return context

    class Meta:
        icon = "media"
        template = "news/blocks/video_block.html"
        label = _("Video")
        description = _(
            "A YouTube or Vimeo video, loaded only when the visitor presses play: nothing is fetched from "
            "those sites before."
        )


class NewsBodyBlock(BodyBlock):
    """The shared body blocks (headings, paragraphs, figures, quotes, calls to action) and these two."""

    gallery = GalleryBlock()
    video = VideoBlock()
