"""The eleven ASEAN Member States: their official short names (translated in the UI catalogues) and flags.

The names are ASEAN's official short names, in ASEAN's alphabetical order. Timor-Leste was admitted
as the eleventh Member State on 26 October 2025. The ASEAN-Korea Centre was founded in 2009 by the ten
Member States of then and Korea; nothing here says anything of Timor-Leste and the Centre.

Flags are SVG files drawn for this project (static/countries/flags/<code>.svg). Brunei Darussalam's
and Cambodia's carry an emblem (the state crest; Angkor Wat) too detailed to draw faithfully: their
files are simplified renderings without it, and the page says so (`flag_is_simplified`).
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class MemberState:
    code: str  # ISO 3166-1 alpha-2, lower case
    name: Promise  # the official short name, translated
    flag_is_simplified: bool = False

    @property
    def flag_path(self):
        return f"countries/flags/{self.code}.svg"


MEMBER_STATES = (
    MemberState("bn", _("Brunei Darussalam"), flag_is_simplified=True),
    MemberState("kh", _("Cambodia"), flag_is_simplified=True),
    MemberState("id", _("Indonesia")),
    MemberState("la", _("Lao PDR")),
    MemberState("my", _("Malaysia")),
    MemberState("mm", _("Myanmar")),
    MemberState("ph", _("the Philippines")),
    MemberState("sg", _("Singapore")),
    MemberState("th", _("Thailand")),
    MemberState("tl", _("Timor-Leste")),
    MemberState("vn", _("Viet Nam")),
)
BY_CODE = {state.code: state for state in MEMBER_STATES}
CHOICES = [(state.code, state.name) for state in MEMBER_STATES]


def member_state(code):
    return BY_CODE.get(code)
