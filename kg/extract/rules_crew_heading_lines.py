"""Crew given one to a line under a heading that names them ('Ax-9 Crew', then 'A B, Commander' and
'Astronaut 031 – C D, Oregon, U.S.'): each line's one person flies on that flight, in the role the line names."""

from __future__ import annotations

import re

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import get_resources

# A list is read back to its heading over at most this many lines (keeps the work per sentence bounded).
MAX_LIST_LINES = 12
# An item line names one person and a few words about them: a longer tail is prose, not a list item.
MAX_TAIL_WORDS = 6

_HEADING = re.compile(r"^\W*(?:[\w.'’-]+\s+){0,4}?(?:Crew|Crew\s+Members|Passengers)\s*:?\s*$")
_ITEM_LEAD = re.compile(r"^\W{0,3}(?:[A-Z][a-z]+\s+\d{1,4}\s*[–—-]\s*)?$")
_ITEM_LINE = re.compile(
    r"^\W{0,3}(?:[A-Z][a-z]+\s+\d{1,4}\s*[–—-]\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:,.*)?$"
)


def apply_crew_heading_line_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Record the one person of a line listed under a crew heading as that flight's crew."""
    item = _item(doc, sentence)
    if item is None:
        return
    heading = _heading(doc, sentence)
    if heading is None:
        return
    named = [m for m in heading.mentions if m.kind == "mission" and m.key]
    flight = named[-1].key if named else mission
    if flight is None:
        return
    person, tail = item
    found = get_resources().crew_role_re.fullmatch(tail)
    role = _role_of(found.group(0)) if found else None
    doc.add_crew(flight, sentence, person, "crew.heading_line", role)


def _line_of(doc: Document, sentence: Sentence) -> str | None:
    """Return the sentence's text if it is a whole line of the article, else None."""
    text = doc.article.text
    start = text.rfind("\n", 0, sentence.span.begin) + 1
    end = text.find("\n", sentence.span.end)
    line = text[start : end if end >= 0 else len(text)]
    return line.strip() if line.strip() == sentence.text.strip() else None


def _item(doc: Document, sentence: Sentence) -> tuple[Mention, str] | None:
    """Return the person a list line names and the words after the name ('Commander'), if it is such a line."""
    if _line_of(doc, sentence) is None:
        return None
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    if len(people) != 1:
        return None
    person = people[0]
    if not _ITEM_LEAD.match(sentence.text[: sentence.rel(person.begin)]):
        return None
    after = sentence.text[sentence.rel(person.end) :].strip()
    if after and not after.startswith(","):
        return None
    tail = after.lstrip(", ").strip()
    if not _is_short_tail(tail):
        return None
    return person, tail


def _heading(doc: Document, sentence: Sentence) -> Sentence | None:
    """Return the crew heading a list line stands under, if every line between them reads as an item too."""
    text = doc.article.text
    line_start = text.rfind("\n", 0, sentence.span.begin) + 1
    for _ in range(MAX_LIST_LINES):
        if line_start == 0:
            return None
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1].strip()
        line_start = previous
        if _HEADING.match(line):
            return next((s for s in doc.sentences if s.span.begin >= previous), None)
        # A line cut in two by the sentence splitter ('C.J. Sturckow, Commander') is still read as a line here.
        if not _ITEM_LINE.match(line) or not _is_short_tail(line.partition(",")[2].strip()):
            return None
    return None


def _is_short_tail(tail: str) -> bool:
    """Tell whether the words after an item's name are a role, a place or a title, not a clause of prose."""
    if not tail or get_resources().crew_role_re.fullmatch(tail):
        return True
    # A tail of prose (a verb, a clause) makes the line a sentence; a place or a title has no lower-case word.
    return len(tail.split()) <= MAX_TAIL_WORDS and not re.search(r"\b(?!and\b|of\b)[a-z]{3,}\b", tail)


def _role_of(word: str) -> str:
    """Return the crew role a role word names."""
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    key = " ".join(word.lower().replace("-", " ").split())
    return roles.get(key) or roles.get(word.lower()) or key
