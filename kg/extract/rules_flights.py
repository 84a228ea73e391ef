"""Flight rules: the planned flight of a person who would fly outside the flight the story tells of."""

from __future__ import annotations

import re

from kg.extract.clauses import (
    contrast_ranges,
    subject_before,
    verb_matches,
)
from kg.extract.document import Document, Sentence


def find_planned_flight(doc: Document, sentence: Sentence, main: str | None) -> str | None:
    """Create (or find) the planned flight of a person who 'would travel to orbit' outside the main flight."""
    if main is None or not doc.state[main].launched_wording or not sentence.future or sentence.plot:
        return None
    if sentence.of_kind("mission"):
        return None
    contrast = contrast_ranges(sentence.text)
    for verb in verb_matches(sentence, "travel_verbs") + verb_matches(sentence, "launch_verbs"):
        before = sentence.text[max(0, verb.start() - 25) : verb.start()]
        if not re.search(
            r"\b(?:would|will|plans? to|planned to|is to|hopes? to|wants? to|is set to|expected to|going to)"
            r"\s+(?:\w+\s+)?$",
            before,
        ):
            continue
        subject = subject_before(sentence, verb.start(), contrast)
        if subject is None or subject.key is None or (main is not None and doc.is_crew(main, subject.key)):
            continue
        existing = doc.mission_of_person(subject.key)
        if existing and existing != main:
            return existing
        person = doc.entities[subject.key].label
        filmish = re.search(r"\b(?:film|movie|shoot)\b", sentence.text)
        label = f"{person}'s planned {'film ' if filmish else ''}flight"
        key = doc.add_entity(
            "mission",
            label,
            label,
            set(),
            doc.evidence(
                sentence, subject.begin, sentence.span.begin + verb.end(), "mission.planned_person_flight", 0.7
            ),
        )
        modal = re.search(
            r"(?:would|will|plans? to|planned to|is to|hopes? to|wants? to|is set to|expected to|going to)"
            r"\s+(?:\w+\s+)?$",
            before,
        )
        doc.state[key].status_wording = (modal.group(0) if modal else "") + verb.group(0)
        doc.state[key].status_sentence = sentence.index
        doc.state[key].owner = subject.key
        return key
    return None
