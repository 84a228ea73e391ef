"""Crew told in lists: a plural role shared by everyone listed ('A, 52, of JAXA, and B fly as mission specialists'),
inverted lists ('Riding with X were A; B; and C'), the named crew of another flight ('the Shenzhou-16 crew of A, B
and C'), and people of earlier flights told for history ('Gagarin's Vostok 1', 'X, who went up in 1978')."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Sentence
from kg.extract.mentions import Mention
from kg.extract.resources import get_resources, load_patterns


def _pattern(name: str) -> re.Pattern[str]:
    """Return the compiled pattern `name` of crew_lists.jsonl (kg/extract/data/)."""
    return load_patterns("crew_lists.jsonl")[name]


# An age and an employer after a name: ', 52, of the Japan Aerospace Exploration Agency'.
_AGE_AND_EMPLOYER = (
    r"(?:,\s*\d{1,3}\s*)?(?:\s*\(\d{1,3}\))?"
    r"(?:,?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})?"
)
# After the last listed person and before the predicate: an age and an apposition.
_LIST_TAIL = _AGE_AND_EMPLOYER + r"(?:,\s+[^;]{0,120}?,)?\s*,?\s+"
_PLURAL_PREDICATE = (
    r"(?:all\s+|both\s+)?(?:are|were|will\s+be|(?:will\s+)?(?:fly|flies|flew|flying|serve|serves|served|serving|"
    r"work|works|worked|working|act|acts|acted|acting)\s+as|as)\s+(?:the\s+)?(?:mission['’]s\s+|flight['’]s\s+|crew['’]s\s+)?"
)


@lru_cache(maxsize=1)
def _plural_roles() -> dict[str, str]:
    """Return the plural crew role words and the singular role each names ('flight engineers' -> 'flight engineer')."""
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    return {word: role for word, role in roles.items() if word != role and word.endswith("s")}


@lru_cache(maxsize=1)
def _role_after_list_re() -> re.Pattern[str]:
    """Return the pattern of a plural role predicated of the people before it ('... fly as mission specialists')."""
    words = "|".join(re.escape(w) for w in sorted(_plural_roles(), key=len, reverse=True))
    return re.compile(rf"{_LIST_TAIL}{_PLURAL_PREDICATE}(?P<role>{words})\b", re.I)


@lru_cache(maxsize=1)
def _role_before_list_re() -> re.Pattern[str]:
    """Return the pattern of a plural role introducing a list ('Mission specialists A, B', 'The two pilots are')."""
    words = "|".join(re.escape(w) for w in sorted(_plural_roles(), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[^\w'’-])(?:(?:the|its|their)\s+)?(?:(?:two|three|four|five|other|remaining)\s+)?(?P<role>{words})"
        # An employer's possessive may open the first name ('the flight engineers: NASA's A and B').
        r"(?:\s+(?:are|were|will\s+be|include|included))?\s*:?\s+(?:[A-Z][\w.&-]*['’]s\s+)?$",
        re.I,
    )


def apply_list_crew_rules(doc: Document, sentence: Sentence, mission: str | None, main: str | None) -> None:
    """Find crew told in lists and in history asides (see the module docstring)."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key]
    if mission and not (sentence.plot or sentence.prior or sentence.not_crew):
        _plural_role_after(doc, sentence, mission, people)
        _plural_role_before(doc, sentence, mission, people)
        _inverted_list(doc, sentence, mission, people)
        _inverted_role(doc, sentence, mission, people)
    if mission and not (sentence.plot or sentence.not_crew):
        _joined_by_crew(doc, sentence, mission, people)
        if not sentence.prior:
            _apposition_role(doc, sentence, mission, people)
            _role_comma_before(doc, sentence, mission, people)
            _gapped_role(doc, sentence, mission, people)
    if not sentence.plot:
        _named_flight_crew(doc, sentence, people)
        _members_of_named_flight(doc, sentence, people)
        _travel_on_flight(doc, sentence, people, main)
        _unnamed_earlier_trip(doc, sentence, people)
        _verb_object_flight(doc, sentence, people)
        _died_aboard_flight(doc, sentence, people)
        if not sentence.not_crew:
            _flight_brought_people(doc, sentence, people)


def listed_people(sentence: Sentence, first: Mention, people: list[Mention]) -> list[Mention]:
    """Return `first` and the people listed after it ('A, 52, of JAXA, and B')."""
    return _listed(sentence, first, people, backwards=False)


def people_listed_before(sentence: Sentence, last: Mention, people: list[Mention]) -> list[Mention]:
    """Return `last` and the people listed before it ('A, B and C' read back from C)."""
    return _listed(sentence, last, people, backwards=True)


def _listed(sentence: Sentence, first: Mention, people: list[Mention], backwards: bool) -> list[Mention]:
    """Return `first` and the people listed with it, walking forwards or backwards through list gaps."""
    group = [first]
    ordered = [m for m in people if not m.possessive]
    ordered = sorted(ordered, key=lambda m: m.begin, reverse=backwards)
    for mention in ordered:
        edge = group[-1]
        if (mention.begin >= edge.begin) if backwards else (mention.begin <= edge.begin):
            continue
        left, right = (mention, edge) if backwards else (edge, mention)
        gap = _pattern("list_gap").fullmatch(sentence.text[sentence.rel(left.end) : sentence.rel(right.begin)])
        # A role word right before the next name ('commander A and pilot B') starts a different role.
        if gap is None or get_resources().crew_role_re.search(gap.group("premodifier")):
            break
        group.append(mention)
    return sorted(group, key=lambda m: m.begin)


def _plural_role_after(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'A, 34, a former engineer, and NASA astronaut B, 50, are flight engineers': everyone listed gets the role."""
    for person in people:
        if person.possessive:
            continue
        match = _role_after_list_re().match(sentence.text, sentence.rel(person.end))
        if match is None or any(person.end < m.begin < sentence.span.begin + match.end() for m in people):
            continue
        role = _plural_roles()[match.group("role").lower()]
        for member in _listed(sentence, person, people, backwards=True):
            doc.add_crew(mission, sentence, member, "crew.plural_role_after_list", role, person.end + match.end())


def _plural_role_before(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Mission specialists A, B, C and D completed the crew', 'The two pilots are A, 44, ..., and B'."""
    for person in people:
        start = sentence.rel(person.begin)
        before = sentence.text[max(0, start - 50) : start]
        match = _role_before_list_re().search(before)
        if match is None:
            continue
        role = _plural_roles()[match.group("role").lower()]
        begin = sentence.span.begin + start - len(before) + match.start("role")
        for member in _listed(sentence, person, people, backwards=False):
            doc.add_crew(mission, sentence, member, "crew.plural_role_before_list", role, begin)


def _inverted_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Riding with Bezos were A, 53, ...; B, 82, ...; and C', 'His crewmates are A and B': the listed people fly."""
    for person in people:
        prefix = sentence.text[: sentence.rel(person.begin)]
        inverted = _pattern("inverted_opening").match(prefix)
        if inverted is None and not _pattern("crewmates").search(prefix):
            continue
        begin = sentence.span.begin
        listed = _listed(sentence, person, people, backwards=False)
        companions = [m for m in people if m.end <= person.begin and not m.possessive] if inverted else []
        # 'Alongside her were A and B': the pronoun stands for the person named last, who flies with them.
        pronoun = re.search(r"\b(?P<p>him|her)\b", prefix) if inverted else None
        if pronoun and not companions:
            told = _last_person(
                doc, sentence, sentence.span.begin + pronoun.start(), "he" if pronoun["p"] == "him" else "she"
            )
            companions = [told] if told is not None else []
        for member in listed + companions:
            doc.add_crew(mission, sentence, member, "crew.inverted_list", None, begin)
        return


def _inverted_role(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Commanding the flight is A', 'In command will be B': the role opens the sentence and the name follows."""
    match = _pattern("inverted_role").match(sentence.text)
    if match is None:
        return
    group = "verb" if match.group("verb") else "verb2"
    role = "pilot" if match.group(group).lower().startswith("pilot") else "commander"
    first = next((m for m in people if not m.possessive and sentence.rel(m.begin) >= match.end()), None)
    if first is None or not re.fullmatch(
        r"(?:[A-Z][\w.&-]*['’]s\s+|[a-z][\w-]*\s+){0,3}", sentence.text[match.end() : sentence.rel(first.begin)]
    ):
        return
    doc.add_crew(mission, sentence, first, "crew.inverted_role", role, sentence.span.begin + match.start(group))


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
            for member in _listed(sentence, last, people, backwards=True):
                doc.add_crew(flight.key, sentence, member, "crew.member_of_named_flight", None, flight.end)


def _named_flight_crew(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'the Shenzhou-16 crew of A, B and C': the people listed are crew of the flight named, whatever the story's."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        after = sentence.text[sentence.rel(flight.end) : sentence.rel(flight.end) + 60]
        for person in people:
            rel = sentence.rel(person.begin) - sentence.rel(flight.end)
            if 0 < rel <= len(after) and _pattern("flight_crew_after").match(after[:rel]):
                for member in _listed(sentence, person, people, backwards=False):
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
        window = sentence.text[max(0, start - 90) : start]
        travel = _pattern("travel_to_flight").search(window)
        if travel is None:
            continue
        at = start - len(window) + travel.start()
        before = [m for m in people if sentence.rel(m.end) <= start and not m.possessive]
        inside = [m for m in before if sentence.rel(m.begin) >= at]
        candidates = inside or [m for m in before if sentence.rel(m.end) <= at]
        if not candidates:
            # 'He came home on Soyuz TM-20': a pronoun opening the sentence stands for the last person named.
            pronoun = re.match(r"\W*(?P<p>He|She)\s", sentence.text)
            if pronoun and sentence.rel(sentence.span.begin) + pronoun.end() <= at:
                subject = _last_person(doc, sentence, sentence.span.begin, pronoun.group("p").lower())
                if subject is not None:
                    doc.add_crew(flight.key, sentence, subject, "crew.travel_on_flight_pronoun", None, flight.end)
            continue
        person = candidates[-1]
        gap = sentence.text[sentence.rel(person.end) : at] if not inside else ""
        if ";" in gap or len(gap) > 60 or _pattern("not_traveller_gap").search(gap):
            continue
        if any(person.end <= m.begin and m.end <= sentence.span.begin + at for m in sentence.of_kind("spacecraft")):
            continue
        for member in _listed(sentence, person, people, backwards=True):
            doc.add_crew(flight.key, sentence, member, "crew.travel_on_flight", None, flight.end)


def _flight_brought_people(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'the Ax-9 mission, which arrived bringing A and B': the people a named flight took up are its crew."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        after = sentence.text[sentence.rel(flight.end) : sentence.rel(flight.end) + 90]
        for person in people:
            rel = sentence.rel(person.begin) - sentence.rel(flight.end)
            if rel <= 0 or person.possessive:
                continue
            other_flight = any(flight.end < m.begin < person.begin for m in sentence.of_kind("mission"))
            if rel <= len(after) and _pattern("flight_brought").match(after[:rel]) and not other_flight:
                for member in _listed(sentence, person, people, backwards=False):
                    doc.add_crew(flight.key, sentence, member, "crew.flight_brought_people", None, flight.begin)
            break


def _unnamed_earlier_trip(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'Poland's only astronaut, X, went up in 1978': an earlier flight of that person, labelled by name and year."""
    for person in people:
        if person.key is None or person.possessive:
            continue
        match = _pattern("unnamed_trip").match(sentence.text[sentence.rel(person.end) : sentence.rel(person.end) + 120])
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


# A role in an apposition: 'X, the 49-year-old commander,', 'Y, 33, a mission specialist flying for Roscosmos'.
_APPOSITION_ROLE_LEAD = (
    r"(?:,\s*\d{1,3})?,\s+(?:(?P<det>the|a|an|its)\s+)?(?:\d{1,3}-year-old\s+)?"
    r"(?:mission['’]s\s+|flight['’]s\s+|crew['’]s\s+)?"
)
_VERB_ROLE = {"command": "commander", "pilot": "pilot"}


@lru_cache(maxsize=1)
def _apposition_role_re() -> re.Pattern[str]:
    """Return the pattern of a crew role in an apposition right after a name."""
    roles = get_resources().crew_role_re.pattern
    return re.compile(_APPOSITION_ROLE_LEAD + r"(?P<role>" + roles + r")\b", re.I)


@lru_cache(maxsize=1)
def _role_comma_re() -> re.Pattern[str]:
    """Return the pattern of a role with a determiner and a comma before a name ('Its commander, X,')."""
    roles = get_resources().crew_role_re.pattern
    return re.compile(
        r"(?:^|[^\w'’-])(?:[Ii]ts|[Tt]he|[Tt]heir|[Tt]his\s+flight['’]s|[Tt]he\s+mission['’]s)\s+(?P<role>"
        + roles
        + r")(?:,|\s+(?:was|is|will\s+be))\s+$"
    )


def _role_value(word: str) -> str:
    """Return the crew role named by a role word found in text."""
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    return roles.get(word.lower()) or roles[" ".join(word.lower().replace("-", " ").split())]


def _apposition_role(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'X, the 49-year-old commander,' and 'Y, 33, a mission specialist': the role the apposition names."""
    occupations = get_resources().lexicon["occupations"]
    for person in people:
        if person.possessive:
            continue
        match = _apposition_role_re().match(sentence.text, sentence.rel(person.end))
        if match is None or _pattern("role_not_of_flight").match(sentence.text[match.end() :]):
            continue
        word = match.group("role").lower()
        # 'a pilot', 'a commander' name a trade as often as a seat: only a crew-only role ('a mission specialist').
        # A bare role ('X, lunar module pilot,') must be crew-only too.
        if (match.group("det") or "").lower() not in ("the", "its") and (word in occupations or " " not in word):
            continue
        # A bare role before a name is that name's title: 'commander A, command module pilot B'.
        if match.group("det") is None and not re.match(r"\s*(?:[,;.)]|and\b|$)", sentence.text[match.end() :]):
            continue
        doc.add_crew(mission, sentence, person, "crew.role_apposition", _role_value(word), person.end + match.end())


def _role_comma_before(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Its commander, James McDivitt, and ...': a determined role set off before the name."""
    for person in people:
        start = sentence.rel(person.begin)
        before = sentence.text[max(0, start - 50) : start]
        match = _role_comma_re().search(before)
        if match is None:
            continue
        begin = person.begin - len(before) + match.start("role")
        doc.add_crew(mission, sentence, person, "crew.role_comma_before", _role_value(match.group("role")), begin)


def _joined_by_crew(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Commander A, 44, was joined by B and C': the people joining a crew member are crew of the same flight."""
    # The crew as recorded before this sentence: people added below are not joined by others in turn.
    crew = {p.key for p in people if p.key and doc.is_crew(mission, p.key)}
    for person in people:
        if person.key not in crew or person.possessive:
            continue
        after = sentence.text[sentence.rel(person.end) : sentence.rel(person.end) + 110]
        for other in people:
            rel = sentence.rel(other.begin) - sentence.rel(person.end)
            if 0 < rel <= len(after) and _pattern("joined_by_clause").match(after[:rel]):
                for member in _listed(sentence, other, people, backwards=False):
                    doc.add_crew(mission, sentence, member, "crew.joined_crew_member", None, person.begin)
                break


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
    return _last_person(doc, sentence, sentence.span.begin + pronoun.start("pronoun"), pronoun.group("pronoun").lower())


def _last_person(doc: Document, sentence: Sentence, before: int, pronoun: str) -> Mention | None:
    """Return the last named person before a pronoun (this sentence or the two before) whose gender does not clash."""
    return last_named_person(doc, sentence, before, pronoun)


def last_named_person(doc: Document, sentence: Sentence, before: int, pronoun: str) -> Mention | None:
    """Return the last named person before a pronoun (this sentence or the two before) whose gender does not clash."""
    given = get_resources().names["given_names"]
    for earlier in reversed(doc.sentences[max(0, sentence.index - 2) : sentence.index + 1]):
        for mention in reversed(earlier.mentions):
            if mention.kind != "person" or mention.key is None or mention.begin >= before or mention.possessive:
                continue
            gender = given.get(str(doc.state[mention.key].given))
            if (pronoun == "she" and gender == "m") or (pronoun == "he" and gender == "f"):
                continue
            return mention
    return None


def _died_aboard_flight(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'A died with B and C in the Apollo 1 launch pad fire': everyone who died in a flight's accident was aboard."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        start = sentence.rel(flight.begin)
        window = sentence.text[max(0, start - 130) : start]
        match = _pattern("died_before_flight").search(window)
        after = sentence.text[sentence.rel(flight.end) : sentence.rel(flight.end) + 40]
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


@lru_cache(maxsize=1)
def _gapped_role_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns around a name whose verb is left out: 'A was the commander and B the pilot'."""
    roles = get_resources().crew_role_re.pattern
    before = re.compile(
        r"\b(?:was|is|were|will\s+be|served\s+as|serves\s+as)\s+(?:the\s+|its\s+)?(?:" + roles + r"),?\s+and\s+$", re.I
    )
    after = re.compile(r"\s+(?:the\s+|its\s+)(?P<role>" + roles + r")\b", re.I)
    return before, after


def _gapped_role(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Anna Gray was the commander and Tom Reed the pilot': the second name takes the role after it."""
    before_re, after_re = _gapped_role_re()
    for person in people:
        start = sentence.rel(person.begin)
        if before_re.search(sentence.text[max(0, start - 60) : start]) is None:
            continue
        match = after_re.match(sentence.text, sentence.rel(person.end))
        if match and not _pattern("role_not_of_flight").match(sentence.text[match.end() :]):
            role = _role_value(match.group("role"))
            doc.add_crew(mission, sentence, person, "crew.gapped_role", role, person.end + match.end())
