"""The kinds of news the Centre publishes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NewsKind(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    NOTICE = "notice", _("Notice")
    PHOTO_REPORT = "photo_report", _("Photo report")
