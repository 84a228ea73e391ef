"""Crew told in lists: a plural role shared by everyone listed ('A, 52, of JAXA, and B fly as mission specialists'),
inverted lists ('Riding with X were A; B; and C'), the named crew of another flight ('the Shenzhou-16 crew of A, B
and C'), and people of earlier flights told for history ('Gagarin's Vostok 1', 'X, who went up in 1978')."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Sentence
from kg.extract.mentions import Mention
from kg.extract.resources import get_resources
from kg.extract.rules_flight import add_crew

# Words that end a list's premodifier: a clause starts ('while X is'), so the next name is no longer listed.
_CLAUSE_WORD = (
    r"(?:while|whereas|but|is|are|was|were|will|with|by|who|whom|which|as|after|before|when|said|says|told|"
    r"greeted|watched|introduced|welcomed|met|joined|joins|join|replaced|replaces|than|from|of)"
)
# An age and an employer after a name: ', 52, of the Japan Aerospace Exploration Agency'.
_AGE_AND_EMPLOYER = (
    r"(?:,\s*\d{1,3}\s*)?(?:\s*\(\d{1,3}\))?"
    r"(?:,?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})?"
)
# Between two listed people: an age, an apposition closed by a comma, then ',', ';' or 'and', then a premodifier.
_LIST_GAP = re.compile(
    _AGE_AND_EMPLOYER + r"(?:,\s+(?!and\b)[^;]{0,120}?)?(?:,\s*|;\s*|\s+and\s+|,\s+and\s+|;\s+and\s+)"
    rf"(?P<premodifier>(?:(?!{_CLAUSE_WORD}\b)[\w'’.-]+\s+){{0,4}})"
)
# After the last listed person and before the predicate: an age and an apposition.
_LIST_TAIL = _AGE_AND_EMPLOYER + r"(?:,\s+[^;]{0,120}?,)?\s*,?\s+"
_PLURAL_PREDICATE = (
    r"(?:all\s+|both\s+)?(?:are|were|will\s+be|(?:will\s+)?(?:fly|flies|flew|flying|serve|serves|served|serving|"
    r"work|works|worked|working|act|acts|acted|acting)\s+as|as)\s+(?:the\s+)?(?:mission['’]s\s+|flight['’]s\s+|crew['’]s\s+)?"
)
# An inverted sentence whose subject is the crew list: 'Riding with X were', 'In the cabin were four employees:'.
_INVERTED_OPENING = re.compile(
    r"^\W*(?:(?:Riding|Flying|Travell?ing|Going|Strapped\s+in)\s+(?:up\s+|along\s+)?(?:with|beside|alongside)\b|"
    r"With\s+(?:him|her|them)\b|In\s+the\s+(?:cabin|capsule|spacecraft|other\s+seats)\b|"
    r"(?:Aboard|On\s+board|Joining\s+(?:him|her|them))\b|At\s+the\s+controls\b)"
    r"[^;:]{0,70}?\s+(?:were|was|are|is|will\s+be)\s+(?:[^;:]{0,60}:\s+)?(?:[\w'’.-]+\s+){0,4}$"
)
# The crew named as someone's companions: 'His crewmates are A, 54, ..., and B'.
_CREWMATES = re.compile(
    r"\b(?:his|her|their|the)\s+(?:two\s+|three\s+|four\s+|fellow\s+)?(?:crewmates|crew\s+mates|fellow\s+crew\s+members|"
    r"companions|travell?ing\s+companions)\s+(?:are|were|will\s+be|include|included)\s*:?\s+(?:[\w'’.-]+\s+){0,3}$",
    re.I,
)
# A named flight followed by its crew: 'the Shenzhou-16 crew of A, B and C', 'members of the Crew-4 mission, A, B'.
_FLIGHT_CREW_AFTER = re.compile(
    r"^\s+(?:crew|mission|astronauts|cosmonauts|taikonauts|crewmates|team)(?:\s+members)?\s*(?:of\s+|,\s+|:\s+|\s[–—]\s+)"
    r"(?:(?!" + _CLAUSE_WORD + r"\b)[\w'’.-]+\s+){0,3}$"
)
# A person's own trip named by a travel phrase right before 'on/aboard <flight>': 'made the first orbit on Vostok 1'.
_TRAVEL_TO_FLIGHT = re.compile(
    r"\b(?:flew|flown|flies|rode|went|arrived|launched|sent|made|orbited|orbit|in\s+space|into\s+(?:orbit|space)|"
    r"travell?ed|blasted\s+off|lifted\s+off|returned|came)\b[^;]{0,50}?\b(?:on|aboard|on\s+board)\s+(?:the\s+)?$"
)
# A person's earlier trip with a year and no flight name: 'X, went up in 1978', 'Y followed in 1980'.
_UNNAMED_TRIP = re.compile(
    r"^(?:,\s*\d{1,3}\s*)?,?\s+(?:who\s+)?(?:went\s+up|flew(?:\s+to\s+space|\s+into\s+space|\s+in\s+space)?|"
    r"followed|went\s+(?:in)?to\s+(?:space|orbit)|reached\s+(?:space|orbit)|was\s+launched)\s+in\s+((?:19|20)\d\d)\b"
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
        r"(?:\s+(?:are|were|will\s+be|include|included))?\s*:?\s+$",
        re.I,
    )


def apply_list_crew_rules(doc: Document, sentence: Sentence, mission: str | None, main: str | None) -> None:
    """Find crew told in lists and in history asides (see the module docstring)."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key]
    if mission and not (sentence.plot or sentence.prior or sentence.not_crew):
        _plural_role_after(doc, sentence, mission, people)
        _plural_role_before(doc, sentence, mission, people)
        _inverted_list(doc, sentence, mission, people)
    if not sentence.plot:
        _named_flight_crew(doc, sentence, people)
        _travel_on_flight(doc, sentence, people, main)
        _unnamed_earlier_trip(doc, sentence, people)


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
        gap = _LIST_GAP.fullmatch(sentence.text[sentence.rel(left.end) : sentence.rel(right.begin)])
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
            add_crew(doc, mission, sentence, member, "crew.plural_role_after_list", role, person.end + match.end())


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
            add_crew(doc, mission, sentence, member, "crew.plural_role_before_list", role, begin)


def _inverted_list(doc: Document, sentence: Sentence, mission: str, people: list[Mention]) -> None:
    """'Riding with Bezos were A, 53, ...; B, 82, ...; and C', 'His crewmates are A and B': the listed people fly."""
    for person in people:
        prefix = sentence.text[: sentence.rel(person.begin)]
        inverted = _INVERTED_OPENING.match(prefix)
        if inverted is None and not _CREWMATES.search(prefix):
            continue
        begin = sentence.span.begin
        listed = _listed(sentence, person, people, backwards=False)
        companions = [m for m in people if m.end <= person.begin and not m.possessive] if inverted else []
        for member in listed + companions:
            add_crew(doc, mission, sentence, member, "crew.inverted_list", None, begin)
        return


def _named_flight_crew(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'the Shenzhou-16 crew of A, B and C': the people listed are crew of the flight named, whatever the story's."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None:
            continue
        after = sentence.text[sentence.rel(flight.end) : sentence.rel(flight.end) + 60]
        for person in people:
            rel = sentence.rel(person.begin) - sentence.rel(flight.end)
            if 0 < rel <= len(after) and _FLIGHT_CREW_AFTER.match(after[:rel]):
                for member in _listed(sentence, person, people, backwards=False):
                    add_crew(doc, flight.key, sentence, member, "crew.named_flight_list", None, flight.begin)
                break


def _travel_on_flight(doc: Document, sentence: Sentence, people: list[Mention], main: str | None) -> None:
    """'Gagarin made the first orbit on Vostok 1', 'sent Yang into orbit aboard Shenzhou-5', 'Gagarin's Vostok 1'."""
    for flight in sentence.of_kind("mission"):
        if flight.key is None or flight.key == main:
            continue
        start = sentence.rel(flight.begin)
        owner = [m for m in people if m.possessive and 0 <= start - sentence.rel(m.end) <= 3]
        if owner:
            add_crew(doc, flight.key, sentence, owner[0], "crew.possessive_flight", None, flight.end)
            continue
        window = sentence.text[max(0, start - 90) : start]
        travel = _TRAVEL_TO_FLIGHT.search(window)
        if travel is None:
            continue
        at = start - len(window) + travel.start()
        before = [m for m in people if sentence.rel(m.end) <= start and not m.possessive]
        inside = [m for m in before if sentence.rel(m.begin) >= at]
        candidates = inside or [m for m in before if sentence.rel(m.end) <= at]
        if not candidates:
            continue
        person = candidates[-1]
        gap = sentence.text[sentence.rel(person.end) : at] if not inside else ""
        if ";" in gap or len(gap) > 60 or re.search(r"\b(?:said|says|told|and|but|while)\b", gap):
            continue
        for member in _listed(sentence, person, people, backwards=True):
            add_crew(doc, flight.key, sentence, member, "crew.travel_on_flight", None, flight.end)


def _unnamed_earlier_trip(doc: Document, sentence: Sentence, people: list[Mention]) -> None:
    """'Poland's only astronaut, X, went up in 1978': an earlier flight of that person, labelled by name and year."""
    for person in people:
        if person.key is None or person.possessive:
            continue
        match = _UNNAMED_TRIP.match(sentence.text[sentence.rel(person.end) : sentence.rel(person.end) + 60])
        if match is None or int(match.group(1)) >= doc.article.published.year:
            continue
        end = person.end + match.end()
        if any(person.end <= m.begin < end for m in sentence.of_kind("mission")):
            continue
        label = f"{doc.entities[person.key].label}'s {match.group(1)} flight"
        key = doc.add_entity(
            "mission", label, label, set(), doc.evidence(sentence, person.begin, end, "mission.earlier_trip", 0.6)
        )
        add_crew(doc, key, sentence, person, "crew.earlier_trip", None, end, 0.7)
        # The travel verb that told the earlier trip ('went up') says nothing of the story's own flight.
        doc.remove_facts(
            [
                f
                for f in doc.facts
                if f.predicate == "crew_member"
                and f.obj == person.key
                and f.subject != key
                and f.role is None
                and f.evidence.sentence == sentence.span
            ]
        )
