"""Marks of a whole sentence read from its words: told as future, as the past, of non-crew, or of a film's plot."""

from __future__ import annotations

import re

from kg.extract.resources import get_resources, lexicon_re, pattern_reader

_pattern = pattern_reader("sentence_marks.jsonl")


def sentence_flags(text: str) -> tuple[bool, bool, bool, bool]:
    """Return (future, prior, not_crew, plot) flags of a sentence from marker words."""
    lowered = text.lower()
    # The month "May" is not the modal "may" (a capital inside a sentence marks the month).
    future = any(
        (m.group(0) != "May" or m.start() == 0)
        and not _pattern("plan_comparison").search(text, 0, m.start())
        and not _pattern("past_then_later").search(text, 0, m.start())
        and not _pattern("story_relative").match(text, m.start())
        and not (
            _pattern("past_plan").search(text, 0, m.start()) and re.match(r"planned\s+as\b", text[m.start() :], re.I)
        )
        for m in lexicon_re("future_markers").finditer(text)
    )
    prior = any(
        _outside_relative_clause(lowered, lowered.find(marker))
        and not _pattern("time_window_after").match(lowered[lowered.find(marker) + len(marker) :])
        and not _pattern("opinion_before").search(lowered, 0, lowered.find(marker))
        for marker in get_resources().lexicon["prior_markers"]
        if marker in lowered
    ) or any(_outside_relative_clause(lowered, m.start()) for m in _pattern("first_flight_told").finditer(text))
    not_crew = bool(lexicon_re("not_crew_markers").search(text))
    plot = bool(_pattern("film_plot").search(text))
    return future, prior, not_crew, plot


def _outside_relative_clause(lowered: str, position: int) -> bool:
    """Tell whether a marker is outside a 'who/whose/which' clause ('a pilot who led the first flight in 2022')."""
    clause = re.split(r"[,;]", lowered[:position])[-1]
    return not re.search(r"\b(?:who|whose|which)\b", clause)
