"""The mention and cue phase: the article split into sentences, each with its names, dates, quantities and marks."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kg.extract.document import Document, Sentence
from kg.extract.mentions import find_mentions
from kg.extract.quantities import find_quantities
from kg.extract.resources import load_json, pattern_reader
from kg.extract.sentence_marks import sentence_flags
from kg.extract.sentences import split_sentences
from kg.extract.timex import Timex, find_timexes

_pattern = pattern_reader("reading.jsonl")


def read_sentences(doc: Document) -> None:
    """Split the body (everything after a metadata header line) into analysed sentences."""
    text = doc.article.text
    first_line_end = text.find("\n")
    start = first_line_end + 1 if first_line_end >= 0 and _pattern("header").match(text[:first_line_end]) else 0
    published = doc.article.published
    anchor: date | None = None
    previous: date | None = None
    for index, span in enumerate(split_sentences(text, start)):
        # A sentence hard-wrapped over lines reads as one line (the same length, so offsets hold).
        sentence_text = text[span.begin : span.end].replace("\n", " ")
        future, prior, not_crew, plot = sentence_flags(sentence_text)
        # A present-tense aside ('Brand, 92, is expected on Saturday') does not end the retrospective.
        aside = future or _pattern("present").search(sentence_text)
        timexes = find_timexes(sentence_text, published, future, None if aside else anchor, previous)
        dateline = _dateline_re().match(sentence_text)
        if dateline:
            filed = _filing_day(timexes, dateline.end(), doc.article.published)
            if filed is not None and filed != published:
                # 'today' and weekdays of a story filed under a dated dateline count from the day it was filed.
                published = filed
                timexes = find_timexes(sentence_text, published, future, None if aside else anchor, previous)
            timexes = [t for t in timexes if t.begin >= dateline.end()]
        old = next((t.day for t in timexes if t.grain == "day" and t.day and t.day.year <= published.year - 2), None)
        if old is not None and anchor is None and not aside and not dateline:
            # 'Launched Oct. 11, 1968, ... splashing down Oct. 22': the old full date sets the year of its sentence.
            # Only without an anchor, since then no day here was counted from one and the old day's year is written.
            timexes = find_timexes(sentence_text, published, future, old, previous)
        anchor = anchor if aside else _story_day(timexes, published, anchor)
        previous = next((t.day for t in reversed(timexes) if t.grain == "day" and t.day), None)
        doc.sentences.append(
            Sentence(
                index=index,
                span=span,
                text=sentence_text,
                mentions=find_mentions(text, span.begin, span.end),
                timexes=timexes,
                quantities=find_quantities(sentence_text),
                future=future,
                prior=prior,
                not_crew=not_crew,
                plot=plot,
            )
        )


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern[str]:
    """Return the pattern of a wire story's dateline ('MOSCOW, Sept 19:'), whose date is the filing date."""
    return re.compile(load_json("patterns.json")["dateline"])


def _filing_day(timexes: list[Timex], end: int, published: date) -> date | None:
    """Return the day a dateline ending at `end` names ('HOUSTON, May 6 (AP) --'), if within days before publication."""
    for timex in timexes:
        if (
            timex.end <= end
            and timex.grain == "day"
            and timex.day
            and 0 <= (published - timex.day).days <= _FILING_DAYS
        ):
            return timex.day
    return None


# A wire story is published within days of being filed; a dateline further back is a dated report of its own.
_FILING_DAYS = 7


def _story_day(timexes: list[Timex], published: date, anchor: date | None) -> date | None:
    """Return the day a retrospective story is told from: the latest full date at least two years back."""
    for timex in timexes:
        if timex.grain == "day" and timex.day and timex.day.year <= published.year - 2:
            # The launch told after the anniversary of a long flight's landing keeps the later day.
            backstory = anchor is not None and 0 < (anchor - timex.day).days <= 730
            anchor = anchor if backstory else timex.day
        elif timex.grain == "day" and timex.day and timex.day.year >= published.year - 1:
            anchor = None
    return anchor
