"""Crew in a list opened by a colon, one person a line: 'NS-40 carried six people:' then 'A, an investor;',
'B, a physician; and', 'C, a teacher.' Each line names one member of the flight the opening line tells of."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import pattern_reader
from kg.extract.rules_crew_openings import flight_of_list_header, is_bulleted_crew_item

_pattern = pattern_reader("crew_colon_lists.jsonl")

# A list is read back to its opening line over at most this many items (keeps the work per line bounded).
MAX_ITEMS = 12


def apply_colon_list_rules(doc: Document, sentence: Sentence, _: str | None) -> None:
    """Add the person opening a list's line as crew of the flight the list's opening line tells of."""
    person = _item_person(sentence)
    # A bulleted line under a crew header is read by the bulleted list rule, with its role.
    if person is None or is_bulleted_crew_item(doc, sentence):
        return
    mission = flight_of_list_header(doc, _list_opening(doc, sentence))
    if mission is not None:
        doc.add_crew(mission, sentence, person, "crew.colon_list_item", None)


def _item_person(sentence: Sentence) -> Mention | None:
    """Return the person a line opens with as a list's item ('A, an investor;'), if it does."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    if not people:
        return None
    first = people[0]
    before = sentence.text[: sentence.rel(first.begin)]
    after = sentence.text[sentence.rel(first.end) :]
    if _pattern("item_start").fullmatch(before) and _pattern("item_after_name").match(after):
        return first
    return None


def _list_opening(doc: Document, sentence: Sentence) -> Sentence | None:
    """Return the line ending in a colon that opens the list a line is an item of, if the lines between are items."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - MAX_ITEMS), -1):
        earlier = doc.sentences[index]
        if _pattern("item_end").search(earlier.text) and _item_person(earlier) is not None:
            continue
        return earlier if _pattern("header").search(earlier.text) else None
    return None
