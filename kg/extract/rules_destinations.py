"""Destination rules: where a flight went (a station, orbit, the Moon, suborbital space for a low peak); not
'orbit' beside a known station."""

from __future__ import annotations

import re

from kg.extract.clauses import (
    NEGATED,
    in_ranges,
)
from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.resources import lexicon_re, pattern_reader

_pattern = pattern_reader("destinations.jsonl")


DEST_BEFORE = re.compile(
    r"\b(?:for|to|toward|towards|reach|reached|reaching|reaches|with|at|aboard|on board|bound for|headed to|"
    r"heading to|arrive at|arrived at|arriving at|docked with|dock with|docking with|around|into|of|"
    r"leaving|left|undock(?:ed|ing|s)?\s+from|departed|departing|"
    r"(?:stay|stays|stint|residency|tour|months|weeks)\s+(?:on|aboard|at|in)|"
    # 'returned to Earth from the station', 'had been on the station for 180 days', 'will live aboard the station'.
    r"(?:return|returns|returned|returning|came\s+back|come\s+back|coming\s+back)\s+(?:to\s+Earth\s+|home\s+)?from|"
    r"(?:been|live|lives|lived|living)\s+(?:on|aboard|in))\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?:country|nation)['’]s\s+)?(?:new\s+|orbiting\s+|international\s+)?"
    # 'to the Soviet space station Mir': the station's country and kind written before its name.
    r"(?:(?:Soviet|Russian|Chinese|American|U\.?S\.?|Japanese|European)\s+)?"
    r"(?:space\s+lab(?:oratory)?\s+|orbital\s+lab\s+|space\s+station\s+)?$",
    re.I,
)


def add_generic_destinations(doc: Document, sentence: Sentence, mission: str, contrast: list[tuple[int, int]]) -> None:
    """Destinations named generically: 'its new space station', 'orbit', 'the Moon', 'suborbital'."""
    text = sentence.text
    station_re = lexicon_re("generic_station_nouns")
    for match in station_re.finditer(text):
        if in_ranges(match.start(), contrast):
            continue
        before = sentence.before(match.start(), 40)
        if any(m.begin <= sentence.span.begin + match.start() < m.end for m in sentence.mentions):
            continue
        # 'to wrap up a space station mission': the station as a modifier of the flight is its destination too.
        modifier = _pattern("station_modifier").match(text, match.end()) is not None
        if (DEST_BEFORE.search(before) or modifier) and not NEGATED.search(before) and "any" not in before.split()[-1:]:
            station = named_station(doc, sentence) or _unnamed_station(doc, match.group(0))
            if station:
                doc.add_fact(
                    subject=mission,
                    predicate="destination",
                    obj=station,
                    evidence=doc.match_evidence(sentence, match, "destination.generic_station", 0.7),
                )
    for pattern, label, rule in (
        (_pattern("orbit"), "orbit", "destination.orbit"),
        (_pattern("suborbital"), "suborbital space", "destination.suborbital"),
        (_pattern("moon"), "Moon", "destination.moon"),
    ):
        found = pattern.search(text)
        if (
            found
            and not in_ranges(found.start(), contrast)
            and not NEGATED.search(sentence.before(found.start(), 30))
            and not is_compared_flight(sentence, found.start())
            and not _pattern("later_plan_before").search(text[: found.start()])
            and not _pattern("other_vehicle_before").search(text[: found.start()])
        ):
            key = doc.add_entity("place", label, label if label != "Moon" else "Moon")
            doc.state[key].destination = True
            doc.add_fact(
                subject=flight_named_after(sentence, found.end(), mission) or mission,
                predicate="destination",
                obj=key,
                evidence=doc.match_evidence(sentence, found, rule, 0.75),
            )


def add_station_visits(doc: Document, sentence: Sentence) -> None:
    """Give a flight told as coming to the station (handed over to, arriving, flown up on) that destination."""
    if sentence.plot:
        return
    for mention in sentence.of_kind("mission"):
        if mention.key is None:
            continue
        rel, rel_end = sentence.rel(mention.begin), sentence.rel(mention.end)
        before = sentence.before(rel, 50)
        after = sentence.text[rel_end:]
        arrives = _pattern("visit_after").match(after)
        if arrives and any(
            rel_end < sentence.rel(m.begin) < rel_end + arrives.end() for m in sentence.of_kind("mission")
        ):
            arrives = None
        if not (_pattern("visit_before").search(before) or arrives):
            continue
        station = named_station(doc, sentence)
        if station is None or not (
            sentence.of_kind("station")
            or lexicon_re("generic_station_nouns").search(sentence.text)
            or re.search(r"\bup\s+(?:on|aboard)\s+(?:the\s+)?$", before)
        ):
            continue
        doc.add_fact(
            subject=mention.key,
            predicate="destination",
            obj=station,
            evidence=doc.evidence(sentence, mention.begin, mention.end, "destination.station_visit", 0.7),
        )


def _unnamed_station(doc: Document, noun: str) -> str | None:
    """Return a station entity labelled as the article says ('space station') when the article names none."""
    if noun.lower() != "space station":
        return None
    return doc.add_entity("station", "space station", "space station")


def named_station(doc: Document, sentence: Sentence) -> str | None:
    """Return the station a generic 'space station' most likely means: in this sentence, else in the article."""
    for mention in sentence.mentions:
        if mention.kind == "station" and mention.key and not doc.state[mention.key].part_of:
            return mention.key
    stations = [k for k, e in doc.entities.items() if e.kind == "station" and not doc.state[k].part_of]
    if stations:
        return stations[0]
    for other in doc.sentences:
        for mention in other.mentions:
            if mention.kind == "station" and mention.key and not doc.state[mention.key].part_of:
                return mention.key
    return None


def add_suborbital_destinations(doc: Document) -> None:
    """A flight with no destination whose peak is told below 150 km went to suborbital space ('climbed to 55 miles')."""
    for key, entity in list(doc.entities.items()):
        if entity.kind != "mission" or doc.facts_of(key, "destination"):
            continue
        heights = [f for f in doc.facts_of(key, "altitude_km") if isinstance(f.obj, Value)]
        if not heights or any(float(f.obj.lexical) >= 150 for f in heights if isinstance(f.obj, Value)):
            continue
        fact = heights[0]
        place = doc.add_entity("place", "suborbital space", "suborbital space")
        doc.state[place].destination = True
        doc.add_fact(
            subject=key,
            predicate="destination",
            obj=place,
            evidence=fact.evidence.restated("destination.low_peak", 0.6),
        )


def drop_orbit_beside_station(doc: Document) -> None:
    """Drop 'orbit' as a destination when the flight's station is known ('194 days in orbit' aboard the ISS),
    and 'suborbital space' when it reached orbit or a station (a rocket stage's 'sub-orbital altitude' on the way)."""
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        destinations = doc.facts_of(key, "destination")
        labels = {doc.entities[str(f.obj)].label for f in destinations}
        station = any(doc.entities[str(f.obj)].kind == "station" for f in destinations)
        if station or "orbit" in labels:
            doomed += [f for f in destinations if doc.entities[str(f.obj)].label == "suborbital space"]
        if station:
            doomed += [f for f in destinations if doc.entities[str(f.obj)].label == "orbit"]
    doc.remove_facts(doomed)


def flight_named_after(sentence: Sentence, position: int, mission: str) -> str | None:
    """Return another flight named right after a place, in the same clause, as the flight that went there ('had
    walked on the Moon during Apollo 19', 'flew an astronaut to the station with SpaceX on the private Ax-9
    mission'), so the place is no destination of the flight the sentence tells."""
    for mention in sentence.of_kind("mission"):
        begin = sentence.rel(mention.begin)
        if begin < position:
            continue
        if mention.key != mission and _pattern("during_flight_after").fullmatch(sentence.text, position, begin):
            return mention.key
        return None
    return None


def is_compared_flight(sentence: Sentence, position: int) -> bool:
    """Tell whether a place at `position` is where other flights went, compared with ('since the Apollo crews to'),
    a goal the flight is only a step toward ('a step toward Nova Station') or prepares for ('in preparation for
    landings on the Moon', 'resuming the lunar landing schedule'), scenery ('with the moon as a backdrop'), the goal
    of a race ('in the race to reach the moon') or an old feat the date is counted from ('forty years after two
    Americans walked on the Moon')."""
    before = sentence.before(position, 80)
    return bool(
        _pattern("compared_flights_before").search(before)
        or _pattern("race_goal_before").search(before)
        or _pattern("years_after_before").search(before)
        or _pattern("goal_toward_before").search(before)
        or _pattern("later_goal_before").search(before)
        or _pattern("scenery_after").match(sentence.text, position)
        or _pattern("lunar_plan_at").match(sentence.text, position)
    )
