"""Crew listed after a colon one paragraph a member: 'The NS-47 flight carried a varied group of flyers:' then
'A, a novelist, joined them. She said ...', 'B and C Verne, a married pair, came back.', 'D, an analyst, and E,
a banker, completed the crew.' Each paragraph opened by a name and its apposition names members of the flight
the opening line tells of; lines of page furniture between ('Photo: Orbitco') are passed over."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import pattern_reader
from kg.extract.rules_crew_openings import flight_of_list_header, is_bulleted_crew_item

_pattern = pattern_reader("crew_colon_lists.jsonl")

# A list is read back to its opening line over at most this many sentences (keeps the work per line bounded).
MAX_SENTENCES = 30


def apply_paragraph_list_rules(doc: Document, sentence: Sentence, _: str | None) -> None:
    """Add the people opening a paragraph of a list as crew of the flight the list's opening line tells of."""
    if not _opens_line(doc, sentence):
        return
    people = _item_people(sentence)
    # A bulleted line under a crew header is read by the bulleted list rule, with its role.
    if not people or is_bulleted_crew_item(doc, sentence):
        return
    mission = flight_of_list_header(doc, _list_opening(doc, sentence))
    if mission is None:
        return
    for person in people:
        doc.add_crew(mission, sentence, person, "crew.paragraph_list_item", None)


def _opens_line(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence is the first of its line."""
    before = doc.article.text[max(0, sentence.span.begin - 40) : sentence.span.begin]
    return sentence.index == 0 or "\n" in before[len(before.rstrip(" \t")) - 1 :]


def _item_people(sentence: Sentence) -> list[Mention]:
    """Return the people a paragraph opens with as a list's item ('A and B Verne, a pair', 'A, an analyst, and B,')."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    if not people or not _pattern("item_start").fullmatch(sentence.text[: sentence.rel(people[0].begin)]):
        return []
    opening = [people[0]]
    for person in people[1:]:
        between = sentence.text[sentence.rel(opening[-1].end) : sentence.rel(person.begin)]
        if not _pattern("paragraph_pair").fullmatch(between):
            break
        opening.append(person)
    if not _pattern("item_after_name").match(sentence.text[sentence.rel(opening[-1].end) :]):
        return []
    # 'A, an analyst, and B, chairman of a bank, completed the crew': a second name after the apposition.
    later = [
        p
        for p in people[len(opening) :]
        if _pattern("paragraph_second_item").search(sentence.text[: sentence.rel(p.begin)])
        and _pattern("item_after_name").match(sentence.text[sentence.rel(p.end) :])
    ]
    return opening + later


def _list_opening(doc: Document, sentence: Sentence) -> Sentence | None:
    """Return the line ending in a colon that opens the list, if every line between is an item or furniture."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - MAX_SENTENCES), -1):
        earlier = doc.sentences[index]
        if not _opens_line(doc, earlier) or _item_people(earlier) or _pattern("furniture").fullmatch(earlier.text):
            continue
        return earlier if _pattern("header").search(earlier.text) else None
    return None
