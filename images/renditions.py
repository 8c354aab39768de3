"""The renditions a card shows, prefetched for a whole listing at once."""

from django.db import models

from wagtail.images import get_image_model

# The renditions a card's {% picture ... format-{avif,webp,jpeg} fill-480x270 %} asks for.
CARD_IMAGE_FILTERS = [f"format-{image_format}|fill-480x270" for image_format in ("avif", "webp", "jpeg")]


def card_renditions(image_field_name="image"):
    """Prefetch the renditions a card shows, so a listing costs one query for all its images."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_IMAGE_FILTERS)
    return models.Prefetch(f"{image_field_name}__renditions", queryset=renditions)


# The images a page's card may show (BasePage.card_image): the listing image, else the main image.
CARD_IMAGE_FIELDS = ("image", "listing_image")


def card_image_renditions(image_field_names=CARD_IMAGE_FIELDS):
    """card_renditions for each image a card may show. A field no card in the listing uses costs no
    query (Django skips a prefetch with nothing to fetch), so a listing pays at most one per field."""
    return [card_renditions(name) for name in image_field_names]
