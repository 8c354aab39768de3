"""The time zone of an event's venue: the zones editors choose from, their names, and validation.

Korea's zone and those of the ASEAN Member States come first, named after their capitals (Indonesia's
three zones after their main cities); every other zone the system's time-zone database knows follows,
so an event in Sydney or Paris has its own local time too.
"""

import datetime
import zoneinfo
from dataclasses import dataclass
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from countries.member_states import BY_CODE
from programmes.opening_hours import CENTRE_TIME_ZONE

# In the database of some systems, but no place's time: "localtime" is the server's own setting.
NOT_PLACES = {"Factory", "localtime"}


@dataclass(frozen=True)
class RegionalZone:
    name: str  # the IANA name
    city: Promise  # the city editors know it by
    country_code: str  # "kr", or the Member State's code (countries/member_states.py)
    visitor_label: Promise  # how a visitor reads it beside a time


REGIONAL_ZONES = (
    RegionalZone(CENTRE_TIME_ZONE.key, _("Seoul"), "kr", _("Korea time")),
    RegionalZone("Asia/Jakarta", _("Jakarta"), "id", _("Jakarta time")),
    RegionalZone("Asia/Makassar", _("Makassar"), "id", _("Makassar time")),
    RegionalZone("Asia/Jayapura", _("Jayapura"), "id", _("Jayapura time")),
    RegionalZone("Asia/Kuala_Lumpur", _("Kuala Lumpur"), "my", _("Kuala Lumpur time")),
    RegionalZone("Asia/Bangkok", _("Bangkok"), "th", _("Bangkok time")),
    # The zone of all Viet Nam, named after Ho Chi Minh City in the database, after its capital here.
    RegionalZone("Asia/Ho_Chi_Minh", _("Ha Noi"), "vn", _("Ha Noi time")),
    RegionalZone("Asia/Manila", _("Manila"), "ph", _("Manila time")),
    RegionalZone("Asia/Phnom_Penh", _("Phnom Penh"), "kh", _("Phnom Penh time")),
    RegionalZone("Asia/Vientiane", _("Vientiane"), "la", _("Vientiane time")),
    # Likewise Myanmar's: Yangon in the database, Nay Pyi Taw its capital.
    RegionalZone("Asia/Yangon", _("Nay Pyi Taw"), "mm", _("Nay Pyi Taw time")),
    RegionalZone("Asia/Singapore", _("Singapore"), "sg", _("Singapore time")),
    RegionalZone("Asia/Brunei", _("Bandar Seri Begawan"), "bn", _("Bandar Seri Begawan time")),
    RegionalZone("Asia/Dili", _("Dili"), "tl", _("Dili time")),
)
REGIONAL_BY_NAME = {zone.name: zone for zone in REGIONAL_ZONES}


@lru_cache(maxsize=1)
def known_time_zones():
    return frozenset(zoneinfo.available_timezones() - NOT_PLACES) | REGIONAL_BY_NAME.keys()


@lru_cache(maxsize=1)
def other_time_zones():
    """Every other zone, by IANA name, so a region's zones stay together."""
    return tuple(sorted(known_time_zones() - REGIONAL_BY_NAME.keys()))


def validate_time_zone(value):
    if value not in known_time_zones():
        raise ValidationError(
            _("“%(value)s” is not a time zone this site knows: choose one from the list."),
            code="unknown_time_zone",
            params={"value": value},
        )


def zone_named(name):
    """The zone of that IANA name; Korea time for a name the system does not know (never an error)."""
    if name not in known_time_zones():
        return CENTRE_TIME_ZONE
    return zoneinfo.ZoneInfo(name)


def utc_offset_label(zone):
    # The zones listed first keep no daylight saving time, so today's offset is theirs all year.
    offset = datetime.datetime.now(zone).utcoffset()
    sign = "-" if offset < datetime.timedelta(0) else "+"
    hours, seconds = divmod(abs(int(offset.total_seconds())), 3600)
    return f"UTC{sign}{hours:02d}:{seconds // 60:02d}"


def country_name(code):
    return gettext("Republic of Korea") if code == "kr" else str(BY_CODE[code].name)


def editor_label(zone):
    """'Jakarta, Indonesia (UTC+07:00, Asia/Jakarta)', in the editor's language."""
    offset = utc_offset_label(zoneinfo.ZoneInfo(zone.name))
    return f"{zone.city}, {country_name(zone.country_code)} ({offset}, {zone.name})"


def time_zone_choices():
    """The admin's choices, grouped: Korea and the Member States first, then every other zone."""
    return [
        (gettext("Korea and the ASEAN Member States"), [(zone.name, editor_label(zone)) for zone in REGIONAL_ZONES]),
        (gettext("Other time zones"), [(name, name.replace("_", " ")) for name in other_time_zones()]),
    ]


def city_of(name):
    """The city part of an IANA name: 'Australia/Sydney' gives 'Sydney'."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def visitor_label(name):
    """'Jakarta time' for the region's zones (translated), '<city> time' for the others."""
    regional = REGIONAL_BY_NAME.get(name)
    if regional is not None:
        return str(regional.visitor_label)
    return gettext("%(city)s time") % {"city": city_of(name)}
