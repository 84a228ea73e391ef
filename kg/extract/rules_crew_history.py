"""Crew of flights other than the one a sentence speaks of: the named crew of another flight ('the Shenzhou-16
crew of A, B and C'), and people of earlier flights told for history ('Gagarin's Vostok 1', 'X, who went up in
1978', 'A died with B and C in the Apollo 1 fire')."""

from __future__ import annotations

import re

from kg.extract.clauses import history_ranges
from kg.extract.document import Document, Mention, Sentence
from kg.extract.pronouns import last_named_person
from kg.extract.resources import pattern_reader
from kg.extract.rules_crew_lists import listed_people, people_listed_before

_pattern = pattern_reader("crew_history.jsonl")


def apply_history_rules(doc: Document, sentence: Sentence) -> None:
    """Give a flight named in a history clause its traveller and its date ('who flew on Unity 22 in July 2021')."""
    for begin, end in history_ranges(sentence, doc.article.published.year):
        flights = [m for m in sentence.of_kind("mission") if m.key and begin <= sentence.rel(m.begin) < end]
        people = [m for m in sentence.of_kind("person") if m.key and sentence.rel(m.begin) < begin]
        people = [m for m in sentence.of_kind("person") if m.key and begin <= sentence.rel(m.begin) < end] or people[
            -1:
        ]
        if len(flights) != 1 or not people:
            continue
        flight = flights[0]
        doc.add_crew(str(flight.key), sentence, people[0], "crew.history_clause", None, flight.end)
        for timex in sentence.timexes:
            value = timex.to_value()
            if begin <= timex.begin < end and timex.grain != "clock" and value is not None:
                doc.add_fact(
                    subject=str(flight.key),
                    predicate="launch_date",
                    obj=value,
                    evidence=doc.evidence(
                        sentence, flight.begin, sentence.span.begin + timex.end, "date.history_clause", 0.7
                    ),
                )
                break


def apply_earlier_crew_rules(doc: Document, sentence: Sentence) -> None:
    """Find the crew of flights a sentence names, or tells of as history (see the module docstring)."""
    if sentence.plot:
        return
    people = [m for m in sentence.mentions if m.kind == "person" and m.key]
    _named_flight_crew(doc, sentence, people)
    _members_of_named_flight(doc, sentence, people)
    _travel_on_flight(doc, sentence, people, doc.main)
    _unnamed_earlier_trip(doc, sentence, people)
    _verb_object_flight(doc, sentence, people)
    _died_aboard_flight(doc, sentence, people)
    _flew_up_with_main_crew(doc, sentence, people)
    if not sentence.not_crew:
        _flight_brought_people(doc, sentence, people)


def _members_of_named_flight(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'A and cosmonaut B of the Crew-9 mission': the people right before 'of the <flight> crew' are its crew."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        if not re.match(r"\s+(?:crew|mission|flight|expedition)\b", sentence.text[sentence.rel(flight.end) :]):
            continue
        before = [m for m in people if m.end <= flight.begin and not m.possessive]
        if not before:
            continue
        last = before[-1]
        if re.fullmatch(
            r"(?:,\s*\d{1,3}\s*,?)?\s+of\s+(?:the\s+)?",
            sentence.text[sentence.rel(last.end) : sentence.rel(flight.begin)],
        ):
            for member in people_listed_before(sentence, last, people):
                doc.add_crew(flight.key, sentence, member, "crew.member_of_named_flight", None, flight.end)


def _named_flight_crew(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'the Shenzhou-16 crew of A, B and C': the people listed are crew of the flight named, whatever the story's."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        after = sentence.after(sentence.rel(flight.end), 60)
        for person in people:
            rel = sentence.rel(person.begin) - sentence.rel(flight.end)
            if 0 < rel <= len(after) and _pattern("flight_crew_after").match(after[:rel]):
                for member in listed_people(sentence, person, people):
                    doc.add_crew(flight.key, sentence, member, "crew.named_flight_list", None, flight.begin)
                break


def _travel_on_flight(doc: Document, sentence: Sentence, people: list[Mention], main: str | None) -> None:
    """'Gagarin made the first orbit on Vostok 1', 'sent Yang into orbit aboard Shenzhou-5', 'Gagarin's Vostok 1'."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None or flight.key == main:
            continue
        start = sentence.rel(flight.begin)
        owner = [m for m in people if m.possessive and 0 <= start - sentence.rel(m.end) <= 3]
        if owner:
            doc.add_crew(flight.key, sentence, owner[0], "crew.possessive_flight", None, flight.end)
            continue
        window = sentence.before(start, 90)
        travel = _pattern("travel_to_flight").search(window)
        if travel is None:
            continue
        at = start - len(window) + travel.start()
        before = [m for m in people if sentence.rel(m.end) <= start and not m.possessive]
        inside = [m for m in before if sentence.rel(m.begin) >= at]
        candidates = inside or [m for m in before if sentence.rel(m.end) <= at]
        # 'surpassed A's one orbit on Vostok 1': the orbit, and so the flight, is A's.
        possessor = [
            m
            for m in people
            if m.possessive and _pattern("possessor_gap").fullmatch(sentence.text, sentence.rel(m.end), at)
        ]
        if possessor:
            doc.add_crew(flight.key, sentence, possessor[-1], "crew.possessive_flight", None, flight.end)
            continue
        if not candidates:
            # 'He came home on Soyuz TM-20': a pronoun opening the sentence stands for the last person named.
            pronoun = re.match(r"\W*(?P<p>He|She)\s", sentence.text)
            if pronoun and sentence.rel(sentence.span.begin) + pronoun.end() <= at:
                subject = last_named_person(doc, sentence, sentence.span.begin, pronoun.group("p").lower())
                if subject is not None:
                    doc.add_crew(flight.key, sentence, subject, "crew.travel_on_flight_pronoun", None, flight.end)
            continue
        person = candidates[-1]
        gap = sentence.text[sentence.rel(person.end) : at] if not inside else ""
        if ";" in gap or len(gap) > 60 or _pattern("not_traveller_gap").search(gap):
            continue
        if any(person.end <= m.begin and m.end <= sentence.span.begin + at for m in sentence.of_kind("spacecraft")):
            continue
        for member in people_listed_before(sentence, person, people):
            doc.add_crew(flight.key, sentence, member, "crew.travel_on_flight", None, flight.end)


def _flight_brought_people(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'the Ax-9 mission, which arrived bringing A and B': the people a named flight took up are its crew."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        after = sentence.after(sentence.rel(flight.end), 90)
        for person in people:
            rel = sentence.rel(person.begin) - sentence.rel(flight.end)
            if rel <= 0 or person.possessive:
                continue
            other_flight = any(flight.end < m.begin < person.begin for m in sentence.of_kind("mission"))
            if rel <= len(after) and _pattern("flight_brought").match(after[:rel]) and not other_flight:
                for member in listed_people(sentence, person, people):
                    doc.add_crew(flight.key, sentence, member, "crew.flight_brought_people", None, flight.begin)
            break


def _unnamed_earlier_trip(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'Poland's only astronaut, X, went up in 1978': an earlier flight of that person, labelled by name and year."""
    for person in people:
        if person.key is None or person.possessive:
            continue
        match = _pattern("unnamed_trip").match(sentence.after(sentence.rel(person.end), 120))
        if match is None or int(match.group(1)) >= doc.article.published.year:
            continue
        end = person.end + match.end()
        if any(person.end <= m.begin < end for m in sentence.of_kind("mission")):
            continue
        label = f"{doc.entities[person.key].label}'s {match.group(1)} flight"
        key = doc.add_entity(
            "mission", label, label, set(), doc.evidence(sentence, person.begin, end, "mission.earlier_trip", 0.6)
        )
        doc.add_crew(key, sentence, person, "crew.earlier_trip", None, end, 0.7)
        for companion in people:
            gap = sentence.text[sentence.rel(end) : sentence.rel(companion.begin)]
            if companion.begin >= end and _pattern("trip_companion_gap").fullmatch(gap):
                doc.add_crew(key, sentence, companion, "crew.earlier_trip_companion", None, companion.end, 0.7)
        # The travel verb that told the earlier trip ('went up') says nothing of the story's own flight.
        doc.remove_facts(
            [
                f
                for f in doc.crew_facts_of_person(person.key)
                if f.subject != key and f.role is None and f.evidence.sentence == sentence.span
            ]
        )


_VERB_ROLE = {"command": "commander", "pilot": "pilot"}


def _verb_object_flight(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'X commanded Apollo 9 in 1969', 'she flew Vostok 6': the subject (a name, or a pronoun's person) flew it."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        before = sentence.text[: sentence.rel(flight.begin)]
        verb = _pattern("verb_before_flight").search(before)
        if verb is None or re.search(r"\b(?:not|never|no)\s+$", before[: verb.start()]):
            continue
        subject = _subject_of(doc, sentence, people, verb.start())
        if subject is None:
            continue
        stem = verb.group("verb")
        role = next((r for s, r in _VERB_ROLE.items() if stem.startswith(s)), None)
        doc.add_crew(flight.key, sentence, subject, "crew.verb_object_flight", role, flight.end)


def _subject_of(doc: Document, sentence: Sentence, people: list[Mention], verb_at: int) -> Mention | None:
    """Return the person doing a verb: a name right before it, or the person a 'he'/'she' before it stands for."""
    for person in reversed(people):
        if person.possessive or sentence.rel(person.end) > verb_at:
            continue
        if _pattern("subject_gap").fullmatch(sentence.text[sentence.rel(person.end) : verb_at]):
            return person
        break
    pronoun = _pattern("pronoun_subject").search(sentence.text[:verb_at])
    if pronoun is None:
        return None
    return last_named_person(
        doc, sentence, sentence.span.begin + pronoun.start("pronoun"), pronoun.group("pronoun").lower()
    )


def _died_aboard_flight(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'A died with B and C in the Apollo 1 launch pad fire': everyone who died in a flight's accident was aboard."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        start = sentence.rel(flight.begin)
        window = sentence.before(start, 130)
        match = _pattern("died_before_flight").search(window)
        after = sentence.after(sentence.rel(flight.end), 40)
        if match is None:
            when = _pattern("died_when_flight").search(window)
            subject = _subject_of(doc, sentence, people, start - len(window) + when.start()) if when else None
            if subject is not None:
                doc.add_crew(flight.key, sentence, subject, "crew.died_when_flight_failed", None, flight.end)
            continue
        if match.group("prep") == "in" and not _pattern("accident_after").match(after):
            continue
        verb_at = start - len(window) + match.start()
        dead: list[Mention] = []
        if match.group("mid"):
            mid_from, mid_to = start - len(window) + match.start("mid"), start - len(window) + match.end("mid")
            dead = [m for m in people if mid_from <= sentence.rel(m.begin) and sentence.rel(m.end) <= mid_to]
            if not _pattern("dead_companions").fullmatch(_names_as_p(sentence, mid_from, mid_to, dead)):
                continue
        subject = _subject_of(doc, sentence, people, verb_at)
        for member in ([subject] if subject else []) + dead:
            doc.add_crew(flight.key, sentence, member, "crew.died_aboard_flight", None, flight.end)


def _names_as_p(sentence: Sentence, begin: int, end: int, people: list[Mention]) -> str:
    """Return sentence text [begin, end) with each person's name written 'P', to check what else stands there."""
    parts, at = [], begin
    for person in sorted(people, key=lambda m: m.begin):
        parts += [sentence.text[at : sentence.rel(person.begin)], "P"]
        at = sentence.rel(person.end)
    return "".join(parts) + sentence.text[at:end]


def _flew_up_with_main_crew(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'Engineer A, who flew up with the crew to the station, will return with the next flight, X': a person told in
    a sentence of another flight, who flew up with the team, flew on the article's flight."""
    if doc.main is None or doc.context.get(sentence.index) in (None, doc.main):
        return
    for person in people:
        told = _pattern("flew_up_with_crew").match(sentence.text, sentence.rel(person.end))
        if told and not person.possessive:
            doc.add_crew(doc.main, sentence, person, "crew.flew_up_with_crew", None, person.end + told.end())
