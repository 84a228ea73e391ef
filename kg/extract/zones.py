"""A clock time on a day, in the zone the article names or the launch site's, as an xsd:dateTime (never UTC)."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kg.extract.model import Value
from kg.extract.timex import Timex


def zone_offset(zone: str, when: datetime) -> str | None:
    """Return the UTC offset ("+03:00") of a zone name or fixed offset at local time `when`."""
    if re.fullmatch(r"[+-]\d{2}:\d{2}", zone):
        return zone
    try:
        offset = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    if offset is None:
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def combine(day: date, clock: Timex, site_zone: str | None) -> Value:
    """Return the dateTime (or date, when no zone is known) of a clock time on `day`."""
    zone = clock.zone
    if zone == "local":
        zone = site_zone
    local = datetime(day.year, day.month, day.day, clock.hour, clock.minute)
    offset = zone_offset(zone, local) if zone else None
    if offset is None:
        return Value(day.isoformat(), "date")
    return Value(f"{local.isoformat(timespec='seconds')}{offset}", "dateTime")
