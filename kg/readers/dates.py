"""Publication dates as they come in metadata: ISO 8601, RFC 822 (feeds), or a bare day."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_published(text: str | None) -> datetime | date | None:
    """Read a publication date or date-time; a time keeps its zone when one is given. None if unreadable."""
    if not text or not text.strip():
        return None
    text = text.strip()
    day = _DAY.match(text)
    if day:
        try:
            return date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def day_of(when: datetime | date) -> date:
    """The calendar day of a date or date-time, in the date-time's own zone."""
    return when.date() if isinstance(when, datetime) else when
