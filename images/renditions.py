"""The renditions a card shows, prefetched for a whole listing at once."""

from django.db import models

from wagtail.images import get_image_model

# The renditions a card's {% picture ... format-{avif,webp,jpeg} fill-480x270 %} asks for.
CARD_IMAGE_FILTERS = [f"format-{image_format}|fill-480x270" for image_format in ("avif", "webp", "jpeg")]


def card_renditions(image_field_name="image"):
    """Prefetch the renditions a card shows, so a listing costs one query for all its images."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_IMAGE_FILTERS)
    return models.Prefetch(f"{image_field_name}__renditions", queryset=renditions)
