"""Time expressions: finding them in a sentence and resolving them against the publication date.

Granularity is kept: a day gives an xsd:date, a month xsd:gYearMonth, a year xsd:gYear, and a day
with a clock time an xsd:dateTime in the zone the article names (never converted to UTC).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.model import Value
from kg.extract.resources import get_resources

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_WORD = re.compile(rf"\b{_WEEKDAY}\b")
_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"


@dataclass(frozen=True)
class Timex:
    """A time expression at [begin, end) of the sentence: a calendar value or a clock time.

    `grain` is day, month, year or clock; `day` is set for day grain (and for clocks once anchored),
    `value` holds the lexical form for month and year grains; clocks carry hour, minute and zone.
    """

    begin: int
    end: int
    grain: str
    day: date | None = None
    value: str | None = None
    hour: int = 0
    minute: int = 0
    zone: str | None = None
    night: bool = False

    def to_value(self) -> Value | None:
        """Return the xsd Value of a calendar expression (None for a bare clock time)."""
        if self.grain == "day" and self.day:
            return Value(self.day.isoformat(), "date")
        if self.grain == "month" and self.value:
            return Value(self.value, "gYearMonth")
        if self.grain == "year" and self.value:
            return Value(self.value, "gYear")
        return None


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Return the (name, regex) pairs tried on each sentence, most specific first."""
    zones = sorted(get_resources().lexicon["time_zones"], key=len, reverse=True)
    zone_alt = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in zones)
    zone = rf"(?:\s*\(?(?P<zone>(?:{zone_alt})(?:\s+zone)?)\)?(?![\w]))?"
    return [
        ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
        ("mdy", re.compile(rf"\b({_MONTH})(?:\s+|(?<=\.))(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b")),
        ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}),?\s+({_YEAR})\b")),
        ("my", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?({_YEAR})\b")),
        ("md", re.compile(rf"\b({_MONTH})(?:\s+|(?<=\.))(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,:]?\s*\d{{4}})")),
        ("dm", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b")),
        (
            "ago_today",
            re.compile(
                r"\b(?:(?P<count>\w+(?:[\s-]\w+)?)\s+years|(?P<half>half\s+a)\s+century|a\s+(?P<whole>century)"
                r"|(?P<quarter>a\s+quarter)\s+(?:of\s+a\s+)?century)\s+ago\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month))\b",
                re.I,
            ),
        ),
        (
            "edge_month",
            re.compile(rf"\b(?:at\s+|by\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+({_MONTH})(?!\s*\d)\b"),
        ),
        ("rel_week", re.compile(r"\b(next|last|this|later\s+this)\s+week\b", re.I)),
        ("end_year", re.compile(r"\b(?:by\s+)?the\s+end\s+of\s+(next|this|last)\s+year\b", re.I)),
        ("rel_year", re.compile(r"\b(next|this|last)\s+year\b", re.I)),
        ("rel_month", re.compile(r"\b(next|this|last)\s+month\b", re.I)),
        ("in_month", re.compile(rf"\b(?:in|until|till|since|next|this|last|early|late|mid-?)\s+({_MONTH})(?!\s*\d)\b")),
        (
            "year",
            re.compile(
                rf"\b(?:in|by|to|until|till|since|for|from|during|before|after|of|early|late|mid-?|around|than)\s+({_YEAR})\b"
                rf"|(?<=, )({_YEAR})(?=,)"
            ),
        ),
        ("clock", re.compile(r"(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)" + zone, re.I)),
        ("clock24", re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])" + zone, re.I)),
        (
            "clock_hhmm",
            re.compile(r"(?<![\d:])([01]\d|2[0-3])([0-5]\d)\s+(?P<zone>GMT|UTC|EDT|EST|Moscow time|Beijing time)\b"),
        ),
        ("ago", re.compile(r"\b(\w+)\s+(days?|weeks?|months?|years?|decades?)\s+ago\b", re.I)),
        ("next_day", re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later)\b", re.I)),
        ("last_night", re.compile(r"\blast\s+night\b", re.I)),
        ("yesterday", re.compile(r"\byesterday\b", re.I)),
        ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
        ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
        ("weekday", re.compile(rf"\b(?:(?:early|late)\s+)?(?:on\s+|last\s+|next\s+|this\s+)?({_WEEKDAY})\b")),
    ]


def _month_number(token: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return MONTHS[token.rstrip(".").lower()]


def _nearest_year(month: int, day: int, published: date, future: bool) -> date | None:
    """Return the date of month/day nearest the publication date, in the direction of the tense."""
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return None
    if future and candidate < published - timedelta(days=60):
        candidate = candidate.replace(year=published.year + 1)
    elif not future and candidate > published + timedelta(days=60):
        candidate = candidate.replace(year=published.year - 1)
    return candidate


def find_timexes(text: str, published: date, future: bool, anchor: date | None = None) -> list[Timex]:
    """Return the time expressions of one sentence, resolved against `published`; `future` is its tense.

    `anchor` is the day a story set in the past is told from ('Half a century ago today'): dates
    written without a year then fall in that day's year rather than the publication year.
    """
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _patterns():
        for match in pattern.finditer(text):
            begin, end = match.span()
            if any(b < end and begin < e for b, e in taken):
                continue
            timex = _resolve(name, match, published, future, anchor)
            if timex is not None:
                found.append(timex)
                taken.append((begin, end))
    kept = _drop_weekdays_of_dates(text, sorted(found, key=lambda t: t.begin))
    # A weekday without its own date counts from the day of telling, so the sentence is an aside of the
    # present ('Orion, launched on Nov. 16, heads home on Sunday') and its yearless dates are recent too.
    if anchor is not None and any(t.grain == "day" and _WEEKDAY_WORD.search(text, t.begin, t.end) for t in kept):
        return find_timexes(text, published, future, None)
    return kept


def _drop_weekdays_of_dates(text: str, found: list[Timex]) -> list[Timex]:
    """Drop a weekday written just before its own calendar date ('Saturday, December 4, 1965'): the date says it."""
    # The date may stand in brackets after its weekday ('Friday (October 1)').
    kept = []
    for index, timex in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        name = _WEEKDAY_WORD.search(text, timex.begin, timex.end)
        if (
            name is not None
            and following is not None
            and following.day is not None
            and following.day.weekday() == WEEKDAYS[name.group(0).lower()]
            and re.fullmatch(r",?\s*\(?(?:the\s+)?", text[timex.end : following.begin])
        ):
            continue
        kept.append(timex)
    return kept


# The verb nearest before a weekday or a bare month tells its direction, whatever the rest of the sentence
# says: 'Nelson said on Tuesday that crews could fly' is last Tuesday, 'heads home for a splashdown on
# Sunday' the coming one, 'carried six passengers in February' the last February.
_FUTURE_VERB = re.compile(r"(?:will|would|shall|'ll|going|heads?|heading|due|bound|poised)", re.I)
_PAST_AUX = re.compile(r"(?:was|were|had|did|said|told|flew|took|rose|went|came|made|spent|left|began|saw)", re.I)
_AUXILIARY = re.compile(r"(?:is|are|am|was|were|had|has|have|will|would)", re.I)
_CLAUSE_EDGE = re.compile(r"[;:,()\u2014\u2013]|\b(?:and|but|that|which|who|when|while|as)\b", re.I)


def _clause_tense(text: str, begin: int) -> bool | None:
    """Return True (future) or False (past) from the verb nearest before `begin` in its clause, None if unsure."""
    head = text[:begin]
    edges = list(_CLAUSE_EDGE.finditer(head))
    words = re.findall(r"[\w']+", head[edges[-1].end() if edges else 0 :])
    for index in range(len(words) - 1, max(len(words) - 10, -1), -1):
        word = words[index]
        if _FUTURE_VERB.fullmatch(word):
            return True
        if _PAST_AUX.fullmatch(word):
            return False
        if len(word) > 4 and word.islower() and word.endswith("ed"):
            # 'is expected on Sunday' looks ahead, 'was scheduled for Sunday' and 'carried ... in May' back.
            auxiliaries = [w.lower() for w in words[:index] if _AUXILIARY.fullmatch(w)]
            return bool(auxiliaries) and auxiliaries[-1] in ("is", "are", "am", "will", "would")
        if word.lower() in ("is", "are", "am"):
            return None
    return None


def _resolve(name: str, match: re.Match[str], published: date, future: bool, anchor: date | None) -> Timex | None:
    """Turn one regex match into a Timex, or None when it is not a valid date."""
    begin, end = match.span()
    if name in ("weekday", "in_month", "md", "dm") and anchor is None:
        local = _clause_tense(match.string, begin)
        future = future if local is None else local
    if anchor is not None and name in ("md", "dm", "in_month", "edge_month"):
        return _near_anchor(name, match, anchor, published)
    if name == "ago_today":
        return _ago_today(match, published)
    if name == "next_day":
        # Only a story told day by day in the past says which day 'the next day' follows.
        return Timex(begin, end, "day", day=anchor + timedelta(days=1)) if anchor else None
    if name == "rel_week":
        shift = {"next": 7, "last": -7}.get(match.group(1).lower(), 0)
        moved = published + timedelta(days=shift)
        return Timex(begin, end, "month", value=f"{moved.year:04d}-{moved.month:02d}")
    g = match.groups()
    try:
        if name == "iso":
            return Timex(begin, end, "day", day=date(int(g[0]), int(g[1]), int(g[2])))
        if name == "mdy":
            return Timex(begin, end, "day", day=date(int(g[2]), _month_number(g[0]), int(g[1])))
        if name == "dmy":
            return Timex(begin, end, "day", day=date(int(g[2]), _month_number(g[1]), int(g[0])))
    except ValueError:
        return None
    if name == "my":
        return Timex(begin, end, "month", value=f"{int(g[1]):04d}-{_month_number(g[0]):02d}")
    if name in ("md", "dm"):
        month, day_text = (g[0], g[1]) if name == "md" else (g[1], g[0])
        if name == "md" and month.rstrip(".").lower() == "may" and not re.match(r"May\s+\d", match.group(0)):
            return None
        day = _nearest_year(_month_number(month), int(day_text), published, future)
        return Timex(begin, end, "day", day=day) if day else None
    if name in ("end_year", "rel_year"):
        year = published.year + {"next": 1, "this": 0, "last": -1}[g[0].lower()]
        return Timex(begin, end, "year", value=f"{year:04d}")
    if name == "rel_month":
        shift = {"next": 1, "this": 0, "last": -1}[g[0].lower()]
        index = published.year * 12 + published.month - 1 + shift
        return Timex(begin, end, "month", value=f"{index // 12:04d}-{index % 12 + 1:02d}")
    if name in ("in_month", "edge_month"):
        month = _month_number(g[0])
        if name == "in_month" and g[0].rstrip(".") == "May" and "in May" not in match.group(0):
            return None
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
        return Timex(begin, end, "month", value=f"{year:04d}-{month:02d}")
    if name == "year":
        year_text = g[0] or g[1]
        start = match.start(1) if g[0] else match.start(2)
        return Timex(start, end, "year", value=year_text)
    if name in ("clock", "clock24", "clock_hhmm"):
        return _clock(name, match, begin, end)
    if name == "ago":
        return _ago(match, published)
    if name == "last_night":
        return Timex(begin, end, "day", day=published - timedelta(days=1), night=True)
    if name == "yesterday":
        return Timex(begin, end, "day", day=published - timedelta(days=1))
    if name == "today":
        return Timex(begin, end, "day", day=published)
    if name == "tomorrow":
        return Timex(begin, end, "day", day=published + timedelta(days=1))
    if name == "weekday":
        return _weekday(match, published, future)
    return None


def _near_anchor(name: str, match: re.Match[str], anchor: date, published: date) -> Timex | None:
    """Return a yearless date of a story set in the past: the one nearest the story's day, either side.

    The story's day is a point inside the narrative, not the time of telling, so 'came home on
    September 26' after 'launched on June 6, 1985' is later that year, not the year before.
    """
    begin, end = match.span()
    g = match.groups()
    if name in ("md", "dm"):
        month_text, day_text = (g[0], g[1]) if name == "md" else (g[1], g[0])
        if name == "md" and month_text.rstrip(".").lower() == "may" and not re.match(r"May\s+\d", match.group(0)):
            return None
        candidates = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidates.append(date(year, _month_number(month_text), int(day_text)))
            except ValueError:
                continue
        candidates = [c for c in candidates if c <= published]
        if not candidates:
            return None
        return Timex(begin, end, "day", day=min(candidates, key=lambda c: abs((c - anchor).days)))
    month = _month_number(g[0])
    if name == "in_month" and g[0].rstrip(".") == "May" and "in May" not in match.group(0):
        return None
    here = anchor.year * 12 + anchor.month - 1
    options = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    # 'until November' looks forward from the story's day, 'since November' back.
    word = match.group(0).split()[0].lower()
    if word in ("until", "till"):
        options = [i for i in options if i >= here]
    elif word == "since":
        options = [i for i in options if i <= here]
    index = min(options, key=lambda i: abs(i - here))
    return Timex(begin, end, "month", value=f"{index // 12:04d}-{index % 12 + 1:02d}")


def _ago_today(match: re.Match[str], published: date) -> Timex | None:
    """Return the day 'Sixty years ago today' or 'Half a century ago today' stands for."""
    from kg.extract.numbers import parse_number

    begin = match.start()
    if match.group("half"):
        years: float | None = 50
    elif match.group("whole"):
        years = 100
    elif match.group("quarter"):
        years = 25
    else:
        years = parse_number(match.group("count"))
        last = re.split(r"[\s-]", match.group("count"))[-1]
        if years is None and parse_number(last) is not None:
            # 'aboard Shenzhou-5 twenty years ago': the count caught the word before it.
            years, begin = parse_number(last), match.end("count") - len(last)
    if years is None or years != int(years) or not 0 < years <= 200:
        return None
    if match.group(0).lower().endswith("month"):
        return Timex(begin, match.end(), "month", value=f"{published.year - int(years):04d}-{published.month:02d}")
    try:
        day = published.replace(year=published.year - int(years))
    except ValueError:
        day = published.replace(year=published.year - int(years), day=28)
    return Timex(begin, match.end(), "day", day=day)


def _ago(match: re.Match[str], published: date) -> Timex | None:
    """Return the time 'N days/weeks/months/years ago' stands for, at that granularity."""
    from kg.extract.numbers import parse_number

    amount = parse_number(match.group(1))
    if amount is None or amount != int(amount) or amount > 200:
        return None
    count, unit = int(amount), match.group(2).lower().rstrip("s")
    if unit == "decade":
        count, unit = count * 10, "year"
    begin, end = match.span()
    if unit in ("day", "week"):
        return Timex(begin, end, "day", day=published - timedelta(days=count * (7 if unit == "week" else 1)))
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return Timex(begin, end, "month", value=f"{index // 12:04d}-{index % 12 + 1:02d}")
    return Timex(begin, end, "year", value=f"{published.year - count:04d}")


def _clock(name: str, match: re.Match[str], begin: int, end: int) -> Timex | None:
    """Return a clock-time Timex (hour and minute in 24-hour form, with the named zone if any)."""
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    if name == "clock":
        meridiem = match.group(3).lower().replace(".", "")
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if minute > 59:
        return None
    zone_text = match.group("zone")
    zone = None
    if zone_text:
        key = " ".join(zone_text.lower().split())
        zones = get_resources().lexicon["time_zones"]
        zone = zones.get(key) or zones.get(key.removesuffix(" zone"))
    return Timex(begin, end, "clock", hour=hour, minute=minute, zone=zone)


def _weekday(match: re.Match[str], published: date, future: bool) -> Timex:
    """Return the date of a weekday name: the coming one in future tense, the last one otherwise."""
    target = WEEKDAYS[match.group(1).lower()]
    words = match.group(0).lower()
    delta = (target - published.weekday()) % 7
    if "next " in words:
        day = published + timedelta(days=delta or 7)
    elif "last " in words or not future:
        day = published - timedelta(days=(published.weekday() - target) % 7)
    else:
        day = published + timedelta(days=delta)
    return Timex(match.start(), match.end(), "day", day=day)
