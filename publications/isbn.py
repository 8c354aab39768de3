"""ISBN-10 and ISBN-13: normalised (hyphens and spaces dropped) and checked by their check digit."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Spaces and dashes: hyphen-minus, hyphen, non-breaking hyphen, en dash.
SEPARATORS = re.compile("[\\s\\-\u2010\u2011\u2013]")


def normalise_isbn(value):
    return SEPARATORS.sub("", value or "").upper().removeprefix("ISBN")


def isbn10_is_valid(digits):
    if not re.fullmatch(r"\d{9}[\dX]", digits):
        return False
    total = sum((10 - position) * (10 if char == "X" else int(char)) for position, char in enumerate(digits))
    return total % 11 == 0


def isbn13_is_valid(digits):
    if not re.fullmatch(r"97[89]\d{10}", digits):
        return False
    total = sum(int(char) * (3 if position % 2 else 1) for position, char in enumerate(digits))
    return total % 10 == 0


def validate_isbn(value):
    digits = normalise_isbn(value)
    if (len(digits) == 10 and isbn10_is_valid(digits)) or (len(digits) == 13 and isbn13_is_valid(digits)):
        return
    if not re.fullmatch(r"\d{9}[\dX]|\d{13}", digits):
        raise ValidationError(
            _("An ISBN has 10 or 13 digits (hyphens and spaces are allowed), e.g. 978-0-306-40615-7."),
            code="isbn_length",
        )
    raise ValidationError(_("This ISBN's check digit is wrong: check the number against the book."), code="isbn_check")
