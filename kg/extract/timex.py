"""Time expressions: finding them in a sentence and resolving them against the publication date.

Granularity is kept: a day gives an xsd:date, a month xsd:gYearMonth, a year xsd:gYear, and a day
with a clock time an xsd:dateTime in the zone the article names (never converted to UTC).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.numbers import parse_number
from kg.extract.resources import get_resources
from kg.extract.timex_relative import ago, ago_today, clause_tense, near_anchor, weekday
from kg.extract.timex_value import WEEKDAYS, Timex, month_number

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_WORD = re.compile(rf"\b{_WEEKDAY}\b")
_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"
# A year after a month and its day is one even before 1950 (a crew member's birth: 'born on January 13, 1949').
_DAY_YEAR = r"(?:19\d\d|20\d\d|21\d\d)"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Return the (name, regex) pairs tried on each sentence, most specific first."""
    zones = sorted(get_resources().lexicon["time_zones"], key=len, reverse=True)
    zone_alt = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in zones)
    zone = rf"(?:\s*\(?(?P<zone>(?:{zone_alt})(?:\s+zone)?)\)?(?![\w]))?"
    return [
        ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
        # 'Jan. 27,1967': a typed date may lack the space after its comma; 'on this day (June 6) in 1966' is one date;
        # a comma may follow the month when an ordinal day comes next ('March, 21st 1950').
        (
            "mdy",
            re.compile(
                rf"\b({_MONTH})(?:\s+|(?<=\.)|,\s*(?=\d{{1,2}}(?:st|nd|rd|th)))(\d{{1,2}})(?:st|nd|rd|th)?"
                rf"(?:,\s*|\s+|\)\s+in\s+)({_DAY_YEAR})\b"
            ),
        ),
        ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}),?\s+({_DAY_YEAR})\b")),
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
        # An anniversary piece's 'On this day in 1969' is the publication's month and day in that year.
        ("this_day_year", re.compile(rf"\b(?:on\s+)?this\s+(?:day|date)\s+in\s+({_YEAR})\b", re.I)),
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
        # '8:59:35 a.m.': a time told to the second is read to the minute.
        (
            "clock",
            re.compile(
                r"(?<![\d:])(\d{1,2})(?::(\d{2}))?(?::[0-5]\d)?\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)" + zone, re.I
            ),
        ),
        ("clock24", re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])" + zone, re.I)),
        (
            "clock_hhmm",
            re.compile(r"(?<![\d:])([01]\d|2[0-3])([0-5]\d)\s+(?P<zone>GMT|UTC|EDT|EST|Moscow time|Beijing time)\b"),
        ),
        (
            "numeric",
            re.compile(
                r"(?:\b(?:on|since|from|until|till|by|dated)\s+|(?<=\())(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])"
                rf"|(?<![\d/.,])(\d{{1,2}})/(\d{{1,2}})/({_YEAR})(?![\d/])",
                re.I,
            ),
        ),
        ("ago", re.compile(r"\b(\w+)\s+(days?|weeks?|months?|years?|decades?)\s+ago\b", re.I)),
        (
            "next_day",
            re.compile(
                r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|(?:a|(?P<days>\w+))\s+days?\s+(?:later|afterwards?))\b",
                re.I,
            ),
        ),
        ("days_earlier", re.compile(r"\b(?:a|(?P<days>\w+))\s+days?\s+earlier\b", re.I)),
        ("last_night", re.compile(r"\blast\s+night\b", re.I)),
        ("yesterday", re.compile(r"\byesterday\b", re.I)),
        ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
        ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
        ("holiday", re.compile(r"\b(Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve))\b")),
        ("weekday", re.compile(rf"\b(?:(?:early|late)\s+)?(?:on\s+|last\s+|next\s+|this\s+)?({_WEEKDAY})\b")),
    ]


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31)}


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


def find_timexes(
    text: str, published: date, future: bool, anchor: date | None = None, previous: date | None = None
) -> list[Timex]:
    """Return the time expressions of one sentence, resolved against `published`; `future` is its tense.

    `anchor` is the day a story set in the past is told from ('Half a century ago today'): dates
    written without a year then fall in that day's year rather than the publication year. `previous` is
    the last day the sentence before named, which 'two days later' counts from.
    """
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _patterns():
        for match in pattern.finditer(text):
            begin, end = match.span()
            if any(b < end and begin < e for b, e in taken):
                continue
            # 'Two days later' counts from the day told just before (earlier in the sentence, else in the sentence
            # before: 'took off on March 2 1978 and landed eight days later'), else from the story's day.
            relative = name in ("next_day", "days_earlier")
            base = None
            if relative:
                told = [t.day for t in found if t.grain == "day" and t.day and t.end <= begin]
                base = told[-1] if told else previous
            timex = _resolve(name, match, published, future, base or anchor)
            if timex is not None:
                found.append(timex)
                taken.append((begin, end))
    kept = _drop_years_of_dates(text, _drop_weekdays_of_dates(text, sorted(found, key=lambda t: t.begin)))
    # A weekday without its own date counts from the day of telling, so the sentence is an aside of the
    # present ('Orion, launched on Nov. 16, heads home on Sunday') and its yearless dates are recent too.
    if anchor is not None and any(t.grain == "day" and _WEEKDAY_WORD.search(text, t.begin, t.end) for t in kept):
        return find_timexes(text, published, future, None, previous)
    return kept


def _drop_years_of_dates(text: str, found: list[Timex]) -> list[Timex]:
    """Read 'this year' (next, last) right after a date as that date's year ('in late October this year')."""
    kept: list[Timex] = []
    for timex in found:
        previous = kept[-1] if kept else None
        if (
            previous is None
            or timex.grain != "year"
            or previous.grain not in ("day", "month")
            or not re.fullmatch(r"\s*,?\s*", text[previous.end : timex.begin])
            or not re.fullmatch(r"(?:next|this|last)\s+year", text[timex.begin : timex.end], re.I)
        ):
            kept.append(timex)
            continue
        year = int(timex.value or 0)
        if previous.day is not None:
            try:
                day = previous.day.replace(year=year)
            except ValueError:
                day = previous.day.replace(year=year, day=28)
            kept[-1] = replace(previous, end=timex.end, day=day)
        else:
            kept[-1] = replace(previous, end=timex.end, value=f"{year:04d}{(previous.value or '')[4:]}")
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


def _resolve(name: str, match: re.Match[str], published: date, future: bool, anchor: date | None) -> Timex | None:
    """Turn one regex match into a Timex, or None when it is not a valid date."""
    begin, end = match.span()
    if name in ("weekday", "in_month", "md", "dm") and anchor is None:
        local = clause_tense(match.string, begin)
        future = future if local is None else local
        # 'who have been there since June 8': a day after 'since' is behind the story's day.
        if re.search(r"\bsince\s+$", match.string[max(0, begin - 8) : begin], re.IGNORECASE):
            future = False
    if anchor is not None and name in ("md", "dm", "in_month", "edge_month"):
        return near_anchor(name, match, anchor, published)
    if name == "ago_today":
        return ago_today(match, published)
    if name == "holiday":
        # 'On Christmas Day Carr and Pogue went outside': the holiday of the year the story is set in.
        # The nearest such day: a crew launched in November spends New Year's Day of the next year aloft.
        holiday = _HOLIDAYS[" ".join(match.group(1).replace("’", "'").split()).lower()]
        base = anchor or published
        nearest = min((date(base.year + shift, *holiday) for shift in (-1, 0, 1)), key=lambda d: abs(d - base))
        return Timex(begin, end, "day", day=nearest)
    if name == "this_day_year":
        year = int(match.group(1))
        # A piece of February 29 looks back to February 28 of a year with no 29th.
        leap_day = (published.month, published.day) == (2, 29)
        return Timex(begin, end, "day", day=published.replace(year=year, day=28 if leap_day else published.day))
    if name == "next_day":
        # Only a story told day by day in the past says which day 'the next day' follows.
        days = parse_number(match.group("days")) if match.group("days") else 1
        if anchor is None or days is None or days != int(days) or not 0 < days <= 60:
            return None
        return Timex(begin, end, "day", day=anchor + timedelta(days=int(days)))
    if name == "days_earlier":
        # 'who had blasted off two days earlier' counts back only from a day the story has just named, and only
        # in a clause of what its subject had done; 'Two days earlier B had launched' opens another flight's story.
        back = parse_number(match.group("days")) if match.group("days") else 1
        had_clause = re.search(r"\b(?:who|which|that)\s+had\s+(?:[\w-]+\s+){1,3}$", match.string[:begin], re.I)
        if anchor is None or had_clause is None or back is None or back != int(back) or not 0 < back <= 60:
            return None
        return Timex(begin, end, "day", day=anchor - timedelta(days=int(back)))
    if name == "rel_week":
        shift = {"next": 7, "last": -7}.get(match.group(1).lower(), 0)
        moved = published + timedelta(days=shift)
        return Timex(begin, end, "month", value=f"{moved.year:04d}-{moved.month:02d}")
    g = match.groups()
    try:
        if name == "iso":
            return Timex(begin, end, "day", day=date(int(g[0]), int(g[1]), int(g[2])))
        if name == "mdy":
            return Timex(begin, end, "day", day=date(int(g[2]), month_number(g[0]), int(g[1])))
        if name == "dmy":
            return Timex(begin, end, "day", day=date(int(g[2]), month_number(g[1]), int(g[0])))
    except ValueError:
        return None
    if name == "my":
        return Timex(begin, end, "month", value=f"{int(g[1]):04d}-{month_number(g[0]):02d}")
    if name in ("md", "dm"):
        month, day_text = (g[0], g[1]) if name == "md" else (g[1], g[0])
        if name == "md" and month.rstrip(".").lower() == "may" and not re.match(r"May\s+\d", match.group(0)):
            return None
        day = _nearest_year(month_number(month), int(day_text), published, future)
        return Timex(begin, end, "day", day=day) if day else None
    if name in ("end_year", "rel_year"):
        year = published.year + {"next": 1, "this": 0, "last": -1}[g[0].lower()]
        return Timex(begin, end, "year", value=f"{year:04d}")
    if name == "rel_month":
        shift = {"next": 1, "this": 0, "last": -1}[g[0].lower()]
        index = published.year * 12 + published.month - 1 + shift
        return Timex(begin, end, "month", value=f"{index // 12:04d}-{index % 12 + 1:02d}")
    if name in ("in_month", "edge_month"):
        month = month_number(g[0])
        if name == "in_month" and g[0].rstrip(".") == "May" and not re.search(r"\b(?:in|since) May", match.group(0)):
            return None
        year = published.year
        word = match.group(0).split()[0].lower()
        # 'since December' looks back whatever the clause's tense; 'last October' told in October is a year back.
        if word in ("since", "last"):
            future = False
            if word == "last" and month == published.month:
                year -= 1
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
    if name == "numeric":
        return _numeric(match, anchor or published, future)
    if name == "ago":
        return ago(match, published)
    if name == "last_night":
        return Timex(begin, end, "day", day=published - timedelta(days=1), night=True)
    if name == "yesterday":
        return Timex(begin, end, "day", day=published - timedelta(days=1))
    if name == "today":
        return Timex(begin, end, "day", day=published)
    if name == "tomorrow":
        return Timex(begin, end, "day", day=published + timedelta(days=1))
    if name == "weekday":
        return weekday(match, published, future)
    return None


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


def _numeric(match: re.Match[str], reference: date, future: bool) -> Timex | None:
    """Return the day of a numeric date ('on 2/22', '22/2/2019'): month first unless only day-first makes a date.

    Without a year the date falls in the year that puts it nearest the day of telling (or the story's day);
    read both ways ('on 3/4'), the reading nearer that day wins.
    """
    first, second, year_text = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    candidates = []
    for month, day in ((int(first), int(second)), (int(second), int(first))):
        if year_text:
            year = int(year_text) if len(year_text) == 4 else 1900 + int(year_text)
            year += 100 if len(year_text) == 2 and year + 100 <= reference.year + 1 else 0
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        else:
            nearest = _nearest_year(month, day, reference, future) if 1 <= month <= 12 else None
            candidates += [nearest] if nearest else []
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (abs((c - reference).days), candidates.index(c)))
    start = match.start(1) if match.group(1) else match.start(4)
    return Timex(start, match.end(), "day", day=best)
