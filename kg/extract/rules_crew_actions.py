"""Crew told by what they do on the flight, with no launch word: 'A and B docked', 'C, D and E splashed down',
'F and G were welcomed aboard the station', 'H completed a spacewalk'. The flight must be clear: named in the
sentence, or the only flight its paragraph tells of."""

from __future__ import annotations

import re

from kg.extract.clauses import contrast_ranges, history_ranges, in_ranges
from kg.extract.document import Document, Sentence
from kg.extract.resources import pattern_reader
from kg.extract.rules_crew_lists import people_listed_before

_pattern = pattern_reader("crew_actions.jsonl")


def apply_crew_action_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Add as crew of `mission` the people named as the subject of a crew's action on it."""
    if sentence.plot or _names_past_year(doc, sentence):
        return
    skipped = contrast_ranges(sentence.text) + history_ranges(sentence, doc.article.published.year)
    people = [
        m
        for m in sentence.mentions
        if m.kind == "person" and m.key and not m.possessive and not in_ranges(sentence.rel(m.begin), skipped)
    ]
    for person in people:
        action = _pattern("crew_action").match(sentence.after(sentence.rel(person.end), 200))
        if action is None or not _flight_is_clear(doc, sentence, mission):
            continue
        end = person.end + action.end()
        for member in people_listed_before(sentence, person, people):
            doc.add_crew(mission, sentence, member, "crew.subject_of_crew_action", None, end)


def _names_past_year(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence names a year before the article's (an earlier flight's story)."""
    return any(int(y) < doc.article.published.year for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text))


def _flight_is_clear(doc: Document, sentence: Sentence, mission: str) -> bool:
    """Tell whether the sentence names `mission`, or its paragraph names no other flight and it is the article's."""
    named = {m.key for m in sentence.of_kind("mission") if m.key}
    if named:
        return mission in named
    return mission == doc.main and not any(
        m.key and m.key != mission for other in _paragraph(doc, sentence) for m in other.of_kind("mission")
    )


def _paragraph(doc: Document, sentence: Sentence) -> list[Sentence]:
    """Return the sentences of the paragraph a sentence stands in."""
    text = doc.article.text
    breaks = _pattern("paragraph_break") if _pattern("paragraph_break").search(text) else re.compile(r"\n")
    begin = max((m.end() for m in breaks.finditer(text, 0, sentence.span.begin)), default=0)
    after = breaks.search(text, sentence.span.end)
    end = after.start() if after else len(text)
    return [s for s in doc.sentences if s.span.begin >= begin and s.span.end <= end]
