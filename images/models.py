"""The site's image library: Wagtail's image with what a public organisation must say about a picture.

Set as WAGTAILIMAGES_IMAGE_MODEL before real content arrived, since the image model cannot be swapped
cheaply later. The text alternative and the caption are translated (images/translation.py); the
credit, the licence and the source travel with the image wherever it is used.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.images.models import AbstractImage, AbstractRendition

from akc_site.languages import LANGUAGE_CODES


class Licence(models.TextChoices):
    UNKNOWN = "", _("Not recorded yet")
    CENTRE = "centre", _("The ASEAN-Korea Centre's own")
    PERMISSION = "permission", _("Used with the owner's permission")
    CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    PUBLIC_DOMAIN = "public-domain", _("Public domain")


def per_language(field_name):
    return tuple(build_localized_fieldname(field_name, code) for code in LANGUAGE_CODES)


class SiteImage(AbstractImage):
    alt_text = models.CharField(
        _("text alternative"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, in a sentence. Pages use it wherever the "
            "image appears without a text of their own; without it, the image's title is read out."
        ),
    )
    caption = models.CharField(
        _("caption"), max_length=300, blank=True, help_text=_("Shown under the image where a photo is the subject.")
    )
    credit = models.CharField(
        _("credit"),
        max_length=200,
        blank=True,
        help_text=_("As it should be printed, e.g. 'Photo: ASEAN-Korea Centre'."),
    )
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, blank=True, default="")
    source_url = models.URLField(
        _("source"), blank=True, help_text=_("Where the image comes from, if it is not the Centre's own.")
    )

    admin_form_fields = (
        "title",
        "file",
        *per_language("alt_text"),
        *per_language("caption"),
        "credit",
        "licence",
        "source_url",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        # In the visitor's language, English where it has none (modeltranslation's fallback); Wagtail's
        # own description and then the title for images uploaded before the field existed.
        return self.alt_text or self.description or self.title


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
