"""Vehicle and site rules: the spacecraft and rocket of a flight (its own capsule when named after it, not the
generic craft when the capsule is named), where it launched from and landed (not a coastline beside a named site)."""

from __future__ import annotations

import itertools
import re

from kg.extract.clauses import (
    NEGATED,
    contrast_ranges,
    in_ranges,
    is_unnamed_goal,
    verb_matches,
)
from kg.extract.craft_families import drop_crafts_of_other_families
from kg.extract.datelines import add_dateline_launch_site
from kg.extract.document import Document, Mention, Sentence
from kg.extract.other_flight_clauses import flight_before_next, other_flight_of_clause
from kg.extract.resources import get_resources, pattern_reader
from kg.extract.rules_destinations import (
    DEST_BEFORE,
    add_generic_destinations,
    add_station_visits,
    flight_named_after,
    is_compared_flight,
)
from kg.extract.station_launches import lofted_station_part

_pattern = pattern_reader("vehicles.jsonl")


def apply_vehicle_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Spacecraft, rockets, launch and landing sites, destinations of `mission` stated in one sentence."""
    if sentence.plot or sentence.prior:
        return
    text = sentence.text
    contrast = contrast_ranges(text)
    launch = verb_matches(sentence, "launch_verbs") + verb_matches(sentence, "launch_cues")
    landing = [
        verb
        for verb in verb_matches(sentence, "landing_words")
        if not _pattern("unused_plan_before").search(sentence.before(verb.start(), 40))
        and not _pattern("landing_goal_before").search(sentence.before(verb.start(), 20))
    ]
    for mention in sentence.mentions:
        if mention.key is None or in_ranges(sentence.rel(mention.begin), contrast):
            continue
        rel = sentence.rel(mention.begin)
        before = sentence.before(rel, 60)
        if _pattern("vehicle_contrast").search(before[-40:]) or _another_flight(sentence, mention, before):
            continue
        if mention.kind == "spacecraft" and _in_past_clause(doc, sentence, mention):
            continue
        # 'the Mercury space program': a craft family's name used for its programme names no craft of this flight.
        programme = _pattern("programme_after").match(sentence.after(sentence.rel(mention.end), 30))
        if mention.kind == "spacecraft" and programme:
            continue
        if mention.kind == "spacecraft" and not doc.state[mention.key].same_as_mission:
            # 'on board the Shuttle Atlantis STS 71': a craft named right before a flight's name is that flight's.
            named = _flight_named_right_after(sentence, mention)
            doc.add_fact(
                subject=named or mission,
                predicate="spacecraft",
                obj=mention.key,
                evidence=doc.evidence(
                    sentence,
                    mention.begin,
                    mention.end,
                    "vehicle.craft_before_flight_name" if named else "vehicle.spacecraft_in_flight_sentence",
                    0.8,
                ),
            )
        elif mention.kind == "launch_vehicle" and not lofted_station_part(sentence, mention):
            doc.add_fact(
                subject=mission,
                predicate="launch_vehicle",
                obj=mention.key,
                evidence=doc.evidence(sentence, mention.begin, mention.end, "vehicle.rocket_in_flight_sentence", 0.85),
            )
            # 'the passengers on board Orbitco's New Shepard': a vehicle people ride in is their spacecraft too,
            # a craft of the rocket's name (the rocket itself is no sm:Spacecraft).
            if _pattern("boarded").search(before):
                evidence = doc.evidence(sentence, mention.begin, mention.end, "vehicle.boarded", 0.7)
                name = doc.entities[mention.key].label
                craft = doc.add_entity("spacecraft", name, name, evidence=evidence)
                doc.add_fact(subject=mission, predicate="spacecraft", obj=craft, evidence=evidence)
        elif (
            mention.kind == "launch_site"
            # 'Today's flight was conducted at Launch Site One': a flight held at a site left from it.
            and (launch or _pattern("flight_held_at").search(before))
            # 'from the launch site near Van Horn': a site told by the town it lies near; 'from the firm's home base
            # of Spaceport America': by what it is to someone.
            and re.search(
                r"\b(?:from|at|in|above)\s+(?:the\s+)?(?:launch\s+(?:site|pad|base|facility)\s+(?:near|outside)\s+)?"
                r"(?:(?:[\w'’-]+\s+){1,3}(?:of|at)\s+)?(?:[\w'’-]+\s+){0,2}$",
                before,
            )
        ):
            if (
                any(v.start() < rel for v in launch)
                or re.search(r"\bfrom\b", before)
                or _pattern("flight_held_at").search(before)
            ):
                doc.add_fact(
                    subject=mission,
                    predicate="launch_site",
                    obj=mention.key,
                    evidence=doc.evidence(sentence, mention.begin, mention.end, "site.launched_from"),
                )
        elif mention.kind == "place" and _launched_from_place(sentence, launch, mention, before):
            doc.add_fact(
                subject=mission,
                predicate="launch_site",
                obj=mention.key,
                evidence=doc.evidence(sentence, mention.begin, mention.end, "site.launched_from"),
            )
        elif (
            mention.kind in ("place", "launch_site")
            and landing
            and any(v.end() <= rel for v in landing)
            and not re.search(r"\b(?:Pad|Complex|LC-?\d)", doc.entities[mention.key].label)
        ):
            nearest = max(v.end() for v in landing if v.end() <= rel)
            landed = _landed_flights(sentence, mission, nearest)
            if not landed:
                continue
            gap = text[nearest:rel]
            other_places = [
                m for m in sentence.mentions if m.kind == "place" and nearest <= sentence.rel(m.begin) < rel
            ]
            if (
                len(gap) < 70
                and re.search(
                    r"\b(?:in|at|on|near|off|into|to|of|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
                    r"(?:[A-Z][\w.]*['’]s\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|"
                    r"south-?east|south-?west)(?:ern)?\s+)?$",
                    before,
                )
                and not other_places
            ):
                site, begin = _qualified_region(doc, sentence, mention, mention.key)
                for flight in landed:
                    doc.add_fact(
                        subject=flight,
                        predicate="landing_site",
                        obj=site,
                        evidence=doc.evidence(sentence, begin, mention.end, "site.landed_at"),
                    )
        if (
            mention.kind in ("station", "place")
            and (
                DEST_BEFORE.search(before[-40:])
                or (mention.kind == "station" and _docks_between(sentence, rel, mission))
            )
            and doc.state[mention.key].is_destination(mention.kind == "station")
            and not NEGATED.search(before)
            and not re.search(r"\bthan\s+(?:the\s+)?$", before)
            and not is_compared_flight(sentence, rel)
            and (mention.kind == "station" or launch or verb_matches(sentence, "travel_verbs"))
            and not (doc.state[mention.key].part_of and _module_worksite(sentence, launch))
        ):
            doc.add_fact(
                subject=flight_named_after(sentence, sentence.rel(mention.end), mission)
                or other_flight_of_clause(sentence, rel, mission)
                or flight_before_next(sentence, rel, mission, doc.main)
                or mission,
                predicate="destination",
                obj=mention.key,
                evidence=doc.evidence(sentence, mention.begin, mention.end, "destination.after_preposition", 0.85),
            )
    if launch:
        add_dateline_launch_site(doc, sentence, mission)
    add_generic_destinations(doc, sentence, mission, contrast)
    add_station_visits(doc, sentence)
    if landing and not any(f.predicate == "landing_site" for f in doc.facts_of(mission, "landing_site")):
        _unknown_landing_place(doc, sentence, mission, landing)


def _module_worksite(sentence: Sentence, launch: list[re.Match[str]]) -> bool:
    """Tell whether a sentence naming a station module tells of work on it ('opened the hatch of the Poisk module',
    a spacewalk), not of a craft coming to it or leaving it."""
    return not (launch or verb_matches(sentence, "travel_verbs") or _pattern("module_visit").search(sentence.text))


def _docks_between(sentence: Sentence, rel: int, mission: str) -> bool:
    """Tell whether a station at `rel` is named second in a docking clause of no other flight's ('a docking between
    the craft and the module Tiangong-9', not 'docking between the uncrewed Shenzhou-30 and Tiangong-9')."""
    window = max(0, rel - 120)
    clause = _pattern("docking_between").search(sentence.text[window:rel])
    if clause is None:
        return False
    begin = window + clause.start()
    return not any(m.key != mission for m in sentence.of_kind("mission") if begin <= sentence.rel(m.begin) < rel)


def _unknown_landing_place(doc: Document, sentence: Sentence, mission: str, landing: list[re.Match[str]]) -> None:
    """A landing place no gazetteer knows: 'came down near the village of Smelovka' -> Smelovka; 'the runway'."""
    for verb in landing:
        place = _pattern("unknown_place").match(sentence.text, verb.end()) or _pattern("landing_surface").match(
            sentence.text, verb.end()
        )
        if (
            place is None
            or _landing_of_other_flight(sentence, mission, verb.end())
            or place.group("name").split()[0] in get_resources().names["not_names"]
        ):
            continue
        begin = sentence.span.begin + place.start("name")
        if any(m.begin <= begin < m.end for m in sentence.mentions):
            continue
        name = place.group("name")
        key = doc.add_entity(
            "place", name, name, evidence=doc.evidence(sentence, begin, begin + len(name), "place.unknown")
        )
        doc.add_fact(
            subject=mission,
            predicate="landing_site",
            obj=key,
            evidence=doc.evidence(sentence, begin, begin + len(name), "site.landed_near_unknown_place", 0.6),
        )
        return


def _qualified_region(doc: Document, sentence: Sentence, mention: Mention, key: str) -> tuple[str, int]:
    """Return the place a landing was in and where its name begins: the part of it a compass word names, as the
    text names it ('central Kazakhstan', 'the southern steppes of Kazakhstan'), else the place itself."""
    region = _pattern("compass_part_before").search(sentence.before(sentence.rel(mention.begin), 30))
    if region is None:
        return key, mention.begin
    begin = mention.begin - len(region.group(0))
    name = sentence.text[sentence.rel(begin) : sentence.rel(mention.end)]
    evidence = doc.evidence(sentence, begin, mention.end, "site.landed_at")
    return doc.add_entity("place", name, name, evidence=evidence), begin


def _landed_flights(sentence: Sentence, mission: str, verb_end: int) -> list[str]:
    """Return the flights the landing verb ending at `verb_end` tells of: the sentence's, none when another flight
    is its subject ('after Apollo 11 landed'), both of two joined by 'and' ('Soyuz 40 and Soyuz 41, have landed')."""
    if not _landing_of_other_flight(sentence, mission, verb_end):
        return [mission]
    flights = [m for m in sentence.of_kind("mission") if m.key and sentence.rel(m.end) < verb_end]
    for first, second in itertools.pairwise(flights):
        between = sentence.text[sentence.rel(first.end) : sentence.rel(second.begin)]
        if (
            first.key == mission
            and second.key
            and re.fullmatch(r"\s*,?\s*and\s+", between)
            and not _landing_of_other_flight(sentence, second.key, verb_end)
        ):
            return [mission, second.key]
    return []


def _landing_of_other_flight(sentence: Sentence, mission: str, verb_end: int) -> bool:
    """Tell whether the landing verb ending at `verb_end` has another flight as subject ('after Apollo 11 landed')."""
    verb_start = sentence.text.rfind(" ", 0, verb_end - 1) + 1
    if is_unnamed_goal(sentence, verb_start):
        return True
    # 'hand over to the Shenzhou-15 crew and land': a flight followed by 'and' is the object of an earlier verb.
    return any(
        m.key != mission
        and 0 <= verb_start - sentence.rel(m.end) <= 12
        and not re.search(r"\band\b", sentence.text[sentence.rel(m.end) : verb_start])
        for m in sentence.of_kind("mission")
    )


def _in_past_clause(doc: Document, sentence: Sentence, mention: Mention) -> bool:
    """Tell whether a craft is told in a who/which/when clause dated years back ('when X broke apart in 2003')."""
    rel = sentence.rel(mention.begin)
    start = max(sentence.text.rfind(",", 0, rel), sentence.text.rfind(";", 0, rel)) + 1
    stop = re.search(r"[,;]|$", sentence.text[rel:])
    clause = sentence.text[start : rel + (stop.start() if stop else 0)]
    if not re.search(r"\b(?:who|whom|whose|which|when)\b", clause[: rel - start]):
        return False
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", clause)]
    return any(year <= doc.article.published.year - 2 for year in years)


def _launched_from_place(sentence: Sentence, launch: list[re.Match[str]], mention: Mention, before: str) -> bool:
    """Tell whether a place is where a launch told just before left from ('blasted off two days earlier from
    Kazakhstan'), in a sentence naming no launch site of its own."""
    rel = sentence.rel(mention.begin)
    if sentence.of_kind("launch_site"):
        return False
    # 'from Orbitco's West Texas site', 'from its hangars on a ranch in West Texas': a site told by its region.
    region = _pattern("site_in_region_before").search(before) or (
        _pattern("region_site_after").match(sentence.after(sentence.rel(mention.end), 30))
        and _pattern("owned_site_before").search(before)
    )
    if not (region or re.search(r"\bfrom\s+$", before)):
        return False
    # 'flew home from Kazakhstan': a way back, not a way up.
    between = r"[,;]|\b(?:home|back)\b"
    reach = 90 if region else 40
    return any(0 <= rel - v.end() < reach and not re.search(between, sentence.text[v.end() : rel]) for v in launch)


def _flight_named_right_after(sentence: Sentence, mention: Mention) -> str | None:
    """Return the flight whose name follows a craft's with nothing between ('Atlantis STS 71'), if any."""
    for other in sentence.of_kind("mission"):
        if other.begin >= mention.end and other.key:
            gap = sentence.text[sentence.rel(mention.end) : sentence.rel(other.begin)]
            return other.key if not gap.strip() else None
    return None


def _another_flight(sentence: Sentence, mention: Mention, before: str) -> bool:
    """Tell whether a name qualifies some other flight ('aboard a SpaceX Crew Dragon flight due next week')."""
    after = sentence.after(sentence.rel(mention.end), 20)
    return bool(
        re.match(r"^\s+(?:flight|mission|launch)\b", after)
        and re.search(r"\b(?:a|an|another|its own|their own|a later|a future)\s+(?:[\w'’-]+\s+){0,2}$", before)
    )


def drop_vague_landing_sites(doc: Document) -> None:
    """Drop a coastline as a flight's landing site when the same flight has a named one ('the Gulf of Mexico')."""
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        sites = doc.facts_of(key, "landing_site")
        vague = [f for f in sites if re.search(r"\bcoasts?\b", doc.entities[str(f.obj)].label, re.I)]
        if vague and len(vague) < len(sites):
            doomed += vague
    doc.remove_facts(doomed)


def drop_generic_spacecraft(doc: Document) -> None:
    """Drop 'Crew Dragon' as a flight's spacecraft when the capsule itself ('Freedom') is named, after dropping
    the crafts of another family than the flight's (craft_families.py)."""
    drop_crafts_of_other_families(doc)
    doomed = []
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        crafts = doc.facts_of(key, "spacecraft")
        # Case-blind: the generic craft's label is its wording in the text ('space shuttle').
        families = {str(doc.state[str(f.obj)].family or "").casefold() for f in crafts}
        named = {doc.entities[str(f.obj)].label.casefold() for f in crafts} - families
        if named and families - {""}:
            doomed += [f for f in crafts if doc.entities[str(f.obj)].label.casefold() in families]
    doc.remove_facts(doomed)


def add_own_spacecraft(doc: Document) -> None:
    """Give a flight named after its capsule (Soyuz MS-19, Shenzhou-13) that capsule as its spacecraft."""
    doomed = []
    for key, entity in list(doc.entities.items()):
        craft = doc.state[key].own_spacecraft
        if entity.kind != "mission" or not craft or not entity.mentions:
            continue
        # A flight told in passing ('Gagarin's one orbit on Vostok 1') gets no craft from its name alone, unless
        # the text calls it a crewed craft ('rode the Friendship 7 capsule', not 'the unmanned Shenzhou-30 spacecraft').
        text = doc.article.text
        called = [
            m
            for m in entity.mentions
            if _pattern("craft_noun_after").match(text, m.span.end)
            and not _pattern("uncrewed_before").search(text[max(0, m.span.begin - 30) : m.span.begin])
        ]
        if key == doc.main or called:
            doc.add_fact(
                subject=key,
                predicate="spacecraft",
                obj=str(craft),
                evidence=(called or entity.mentions)[0].restated("vehicle.flight_named_after_capsule"),
            )
            doomed += [
                f
                for f in doc.facts_of(key, "spacecraft")
                if f.obj != craft
                and doc.state[str(f.obj)].family
                and doc.entities[str(f.obj)].label == doc.state[str(f.obj)].family
            ]
    doc.remove_facts(doomed)
