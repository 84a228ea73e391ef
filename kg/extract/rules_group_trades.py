"""Occupations told of a group rather than of one person: the people listed after a plural trade and 'including'
('other NASA astronauts, including A, B and C') or before 'all' and a plural trade ('A, B and C, all NASA
astronauts'), a trade told of 'both' of a two-person crew ('Both astronauts
are military pilots'), and flyers counted by nationality, named later ('two Russian cosmonauts ...', then
'Russians A and B')."""

from __future__ import annotations

import re

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, pattern_reader
from kg.extract.rules_crew_lists import listed_people

_pattern = pattern_reader("group_trades.jsonl")


def apply_group_trade_rules(doc: Document) -> None:
    """Give the people a sentence lists after 'astronauts, including' the trade named before the list."""
    for sentence in doc.sentences:
        people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
        for person in people:
            before = sentence.before(sentence.rel(person.begin), 60)
            match = _pattern("trade_including").search(before)
            trade = _trade(match.group("trade")) if match else None
            if match is None or trade is None:
                continue
            begin = person.begin - len(before) + match.start("trade")
            for member in listed_people(sentence, person, people):
                _add(doc, sentence, str(member.key), trade, begin, member.end, "occupation.group_including")
            break
        _counted_then_dashed(doc, sentence, people)
        _counted_nationals(doc, sentence, people)
        _plural_title_before_list(doc, sentence, people)
        _all_after_list(doc, sentence, people)


def _all_after_list(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'A, B and C, all NASA astronauts': the people listed before 'all' or 'both' and a plural trade share it."""
    for index, last in enumerate(people):
        match = _pattern("all_trade_after").match(sentence.text, sentence.rel(last.end))
        trade = _trade(match.group("trade")) if match else None
        # 'both veterans of the Chilean Navy': those who served in an armed service are veterans.
        if match and trade is None and _pattern("veterans_of_service").match(sentence.text, match.end("trade")):
            trade = "veteran"
        if match is None or trade is None:
            continue
        group = [last]
        for earlier in reversed(people[:index]):
            gap = sentence.text[sentence.rel(earlier.end) : sentence.rel(group[-1].begin)]
            if not _pattern("all_list_gap").fullmatch(gap):
                break
            group.append(earlier)
        if len(group) < 2:
            continue
        end = sentence.span.begin + match.end("trade")
        for member in group:
            _add(doc, sentence, str(member.key), trade, member.begin, end, "occupation.group_including")


def _plural_title_before_list(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'company pilots A and B', 'Astronauts Commander A and Pilot B': a plural title is the trade of each listed."""
    for person in people:
        match = _pattern("plural_title").search(sentence.text[: sentence.rel(person.begin)])
        trade = _trade(match.group("trade")) if match else None
        title = " ".join(match.group("title").lower().split()) if match else ""
        roles = get_resources().lexicon["crew_roles"]
        # 'Actress A and director B': a singular ending in 's' is one person's trade, not the group's.
        if match is None or trade in (None, match.group("trade").lower()) or (title and title not in roles):
            continue
        if f"{(match.group('previous') or '').lower()}{match.group('trade').lower()}"[:-1] in roles:
            continue
        # A plural told of one name is some other group's trade ('the pilots praised A, and B spoke').
        group = _without_own_trades(sentence, listed_people(sentence, person, people, roles_go_on=True))
        if len(group) < 2:
            continue
        begin = sentence.span.begin + match.start("trade")
        for member in group:
            _add(doc, sentence, str(member.key), trade, begin, member.end, "occupation.group_including")
        return


def _without_own_trades(sentence: Sentence, group: list[Mention]) -> list[Mention]:
    """Cut a list at the first later name with a trade of its own ('cosmonauts A and B and NASA astronaut C')."""
    roles = get_resources().lexicon["crew_roles"]
    for index in range(1, len(group)):
        gap = sentence.text[sentence.rel(group[index - 1].end) : sentence.rel(group[index].begin)]
        # A seat ('Astronauts Commander A and Pilot B') is no trade of its own.
        if any(t.group(0).lower() not in roles for t in get_resources().occupation_re.finditer(gap)):
            return group[:index]
    return group


def _counted_then_dashed(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'the loss of three American astronauts who died ... -- A, B and C': as many names as counted share the trade."""
    if not people:
        return
    first = people[0]
    match = _pattern("counted_then_dash").search(sentence.text[: sentence.rel(first.begin)])
    trade = _trade(match.group("trade")) if match else None
    if match is None or trade is None:
        return
    group = listed_people(sentence, first, people)
    if len(group) != get_resources().lexicon["number_words"].get(match.group("count").lower()):
        return
    for member in group:
        begin = sentence.span.begin + match.start()
        _add(doc, sentence, str(member.key), trade, begin, member.end, "occupation.group_including")


def _counted_nationals(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'two Russian cosmonauts and an American astronaut', then 'D and Russians A and B': A and B are the two."""
    for person in people:
        match = _pattern("demonym_before_list").search(sentence.text[: sentence.rel(person.begin)])
        nation = match.group("nation") if match else ""
        if match is None or nation not in get_resources().lexicon["nationalities"]:
            continue
        group = listed_people(sentence, person, people)
        counted = [
            c
            for earlier in doc.sentences[: sentence.index]
            for c in _pattern("counted_nationals").finditer(earlier.text)
            if c.group("nation") == nation
        ]
        if not counted or get_resources().lexicon["number_words"].get(counted[-1].group("count").lower()) != len(group):
            return
        trade = _trade(counted[-1].group("trade"))
        begin = sentence.span.begin + match.start("nation")
        for member in group if trade else []:
            _add(doc, sentence, str(member.key), trade or "", begin, member.end, "occupation.group_including")
            doc.add_fact(
                subject=str(member.key),
                predicate="nationality",
                obj=Value(nation),
                evidence=doc.evidence(sentence, begin, member.end, "nationality.premodifier"),
            )
            doc.state[str(member.key)].country = get_resources().lexicon["nationalities"][nation]
        return


def add_trades_of_both(doc: Document) -> None:
    """Give each of the story flight's two crew members the trade a sentence tells of 'both astronauts'."""
    mission = doc.main
    if mission is None:
        return
    crew = sorted({str(f.obj) for f in doc.facts_of(mission, "crew_member")})
    if len(crew) != 2:
        return
    for sentence in doc.sentences:
        match = _pattern("both_are").search(sentence.text)
        if match is None or sentence.of_kind("person"):
            continue
        trades = list(get_resources().occupation_re.finditer(match.group("rest")))
        trade = _trade(trades[0].group(0)) if trades else None
        if trade is None or not re.fullmatch(r"(?:[\w-]+\s+){0,2}", match.group("rest")[: trades[0].start()]):
            continue
        end = sentence.span.begin + match.start("rest") + trades[0].end()
        for person in crew:
            _add(doc, sentence, person, trade, sentence.span.begin + match.start(), end, "occupation.of_both")


def _trade(words: str) -> str | None:
    """Return the occupation a plural trade names ('military pilots' -> 'military pilot'), if it is one."""
    occupations = get_resources().lexicon["occupations"]
    phrase = " ".join(words.lower().split())
    for candidate in (phrase, phrase.split()[-1]):
        if candidate.endswith("s") and candidate in occupations:
            return str(occupations[candidate])
    return None


def _add(doc: Document, sentence: Sentence, person: str, trade: str, begin: int, end: int, rule: str) -> None:
    """Record a person's occupation told of the group."""
    doc.add_fact(
        subject=person, predicate="occupation", obj=Value(trade), evidence=doc.evidence(sentence, begin, end, rule, 0.7)
    )
