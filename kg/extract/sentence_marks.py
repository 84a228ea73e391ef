"""Marks of a whole sentence read from its words: told as future, as the past, of non-crew, or of a film's plot."""

from __future__ import annotations

import re

from kg.extract.resources import get_resources, lexicon_re

_FILM_PLOT = re.compile(
    r"\b(?:tells?|will tell|tell) the story\b|\bthe plot\b|\bstory of\b|\bplays? (?:a|the) role of\b", re.I
)


def sentence_flags(text: str) -> tuple[bool, bool, bool, bool]:
    """Return (future, prior, not_crew, plot) flags of a sentence from marker words."""
    lowered = text.lower()
    # The month "May" is not the modal "may" (a capital inside a sentence marks the month).
    future = any(
        (m.group(0) != "May" or m.start() == 0)
        and not _PLAN_COMPARISON.search(text, 0, m.start())
        and not _PAST_THEN_LATER.search(text, 0, m.start())
        and not _STORY_RELATIVE.match(text, m.start())
        and not (_PAST_PLAN.search(text, 0, m.start()) and re.match(r"planned\s+as\b", text[m.start() :], re.I))
        for m in lexicon_re("future_markers").finditer(text)
    )
    prior = any(
        _outside_relative_clause(lowered, lowered.find(marker))
        for marker in get_resources().lexicon["prior_markers"]
        if marker in lowered
    )
    not_crew = bool(lexicon_re("not_crew_markers").search(text))
    plot = bool(_FILM_PLOT.search(text))
    return future, prior, not_crew, plot


# 'flew on Thursday, a last test before the company starts flying customers next month': the past main clause
# tells what happened; the future lies only in the clause after 'before'.
_PAST_THEN_LATER = re.compile(
    r"^[^;]*?\b(?:flew|took|rose|went|sent|came|(?:lift|blast)ed\s+off|launched|landed|returned)\b"
    r"[^;]*\b(?:before|ahead\s+of|until)\b[^;]*$",
    re.I,
)
# 'the next day', 'the following morning': a day counted inside a story, not one to come.
_STORY_RELATIVE = re.compile(r"(?<=\bthe )next\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# 'on what was planned as a long flight': a plan told in the past.
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+|first\s+)?$", re.I)
# 'a day later than planned', 'as expected': the plan is compared with what happened, nothing is yet to come.
_PLAN_COMPARISON = re.compile(r"\b(?:than|as)\s+$", re.I)


def _outside_relative_clause(lowered: str, position: int) -> bool:
    """Tell whether a marker is outside a 'who/whose/which' clause ('a pilot who led the first flight in 2022')."""
    clause = re.split(r"[,;]", lowered[:position])[-1]
    return not re.search(r"\b(?:who|whose|which)\b", clause)
