from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationKind(models.TextChoices):
    ANNUAL_REPORT = "annual_report", _("Annual report")
    WORK_PROGRAMME = "work_programme", _("Work programme")
    RESEARCH = "research", _("Research")
    BROCHURE = "brochure", _("Brochure")
    STATISTICS = "statistics", _("Statistics")
    OTHER = "other", _("Other")


# schema.org type by kind: reports are Reports, the rest are Books (https://schema.org/Book, /Report).
SCHEMA_TYPES = {
    PublicationKind.ANNUAL_REPORT: "Report",
    PublicationKind.WORK_PROGRAMME: "Report",
    PublicationKind.STATISTICS: "Report",
}
