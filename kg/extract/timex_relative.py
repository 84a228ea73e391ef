"""Relative time expressions: a weekday or a yearless date told from the day of telling or from a story's day,
'N years ago (today)', and the tense of the clause that says which way a weekday or a bare month points."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.numbers import parse_number
from kg.extract.timex_value import WEEKDAYS, Timex, month_number

# The verb nearest before a weekday or a bare month tells its direction, whatever the rest of the sentence
# says: 'Nelson said on Tuesday that crews could fly' is last Tuesday, 'heads home for a splashdown on
# Sunday' the coming one, 'carried six passengers in February' the last February.
_FUTURE_VERB = re.compile(r"(?:will|would|shall|'ll|going|heads?|heading|due|bound|poised)", re.I)
_PAST_AUX = re.compile(r"(?:was|were|had|did|said|told|flew|took|rose|went|came|made|spent|left|began|saw)", re.I)
_PLAN_PARTICIPLE = re.compile(r"(?:planned|scheduled|slated|targeted|expected)")
_AUXILIARY = re.compile(r"(?:is|are|am|was|were|had|has|have|will|would)", re.I)
_CLAUSE_EDGE = re.compile(r"[;:,()\u2014\u2013]|\b(?:and|but|that|which|who|when|while|as)\b", re.I)


def clause_tense(text: str, begin: int) -> bool | None:
    """Return True (future) or False (past) from the verb nearest before `begin` in its clause, None if unsure."""
    head = text[:begin]
    # 'took A and B into space June 6': an 'and' joining two names parts no clause.
    edges = [edge for edge in _CLAUSE_EDGE.finditer(head) if not _joins_names(head, edge)]
    # A compound adjective ('long-awaited', 'much-delayed') is one word and no verb.
    words = re.findall(r"[\w'’]+(?:-[\w'’]+)*", head[edges[-1].end() if edges else 0 :])
    for index in range(len(words) - 1, max(len(words) - 10, -1), -1):
        word = words[index]
        if _FUTURE_VERB.fullmatch(word):
            return True
        if _PAST_AUX.fullmatch(word):
            return False
        if len(word) > 4 and word.islower() and word.endswith("ed") and "-" not in word:
            # 'is expected on Sunday' looks ahead, 'was scheduled for Sunday' and 'carried ... in May' back.
            auxiliaries = [w.lower() for w in words[:index] if _AUXILIARY.fullmatch(w)]
            # ', now planned for launch on June 9': a plan with no auxiliary of its own takes the sentence's tense.
            if not auxiliaries and _PLAN_PARTICIPLE.fullmatch(word):
                return None
            return bool(auxiliaries) and auxiliaries[-1] in ("is", "are", "am", "will", "would")
        if word.lower() in ("is", "are", "am"):
            return None
    return None


def _joins_names(text: str, edge: re.Match[str]) -> bool:
    """Tell whether a clause edge is an 'and' between two capitalised names ('Dzhanibekov and Savinykh')."""
    return (
        edge.group(0).lower() == "and"
        and re.search(r"\b[A-Z][\w'’-]*\s+$", text[: edge.start()]) is not None
        and re.match(r"\s+[A-Z]", text[edge.end() :]) is not None
    )


def near_anchor(name: str, match: re.Match[str], anchor: date, published: date) -> Timex | None:
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
                candidates.append(date(year, month_number(month_text), int(day_text)))
            except ValueError:
                continue
        candidates = [c for c in candidates if c <= published]
        if not candidates:
            return None
        return Timex(begin, end, "day", day=min(candidates, key=lambda c: abs((c - anchor).days)))
    month = month_number(g[0])
    if name == "in_month" and g[0].rstrip(".") == "May" and not re.search(r"\b(?:in|since) May", match.group(0)):
        return None
    here = anchor.year * 12 + anchor.month - 1
    options = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    # 'until November' looks forward from the story's day, 'since November' back.
    word = match.group(0).split()[0].lower()
    if word in ("until", "till"):
        options = [i for i in options if i >= here]
    elif word == "since":
        options = [i for i in options if i <= here]
    elif word in ("last", "next"):
        # 'last October' told in October is the year before; 'next October' the year after.
        options = [i for i in options if (i < here if word == "last" else i > here)]
    index = min(options, key=lambda i: abs(i - here))
    return Timex(begin, end, "month", value=f"{index // 12:04d}-{index % 12 + 1:02d}")


def ago_today(match: re.Match[str], published: date) -> Timex | None:
    """Return the day 'Sixty years ago today' or 'Half a century ago today' stands for."""
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


def ago(match: re.Match[str], published: date) -> Timex | None:
    """Return the time 'N days/weeks/months/years ago' stands for, at that granularity."""
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


def weekday(match: re.Match[str], published: date, future: bool) -> Timex:
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
