"""Annotation rules about organisations: how each takes part in a flight (operator, builder, sponsor,
broadcaster, beneficiary, partner), who belongs to which company, the operator of a flight's programme and
the agencies whose astronauts fly it."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import get_resources, load_pattern_entries, normalize_space, pattern_reader

_pattern = pattern_reader("orgs.jsonl")


@lru_cache(maxsize=2)
def _roles_told(group: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Return the (predicate, evidence rule id, pattern) of orgs.jsonl lines in `group`, in file order.

    'before_org' patterns end right before an organisation's name ('sponsored by'), 'after_org' ones start
    right after it ('which builds').
    """
    return tuple((p.predicate, p.evidence, p.regex) for p in load_pattern_entries("orgs.jsonl") if p.group == group)


def apply_org_rules(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Record how the organisations named in one sentence take part in its flight."""
    text = sentence.text
    for org in sentence.of_kind("organization"):
        if org.key is None:
            continue
        rel_begin, rel_end = sentence.rel(org.begin), sentence.rel(org.end)
        org_type = doc.state[org.key].type or "organization"
        if mission and _names_other_flight(text, rel_begin, rel_end):
            continue
        if mission:
            for role, rule, pattern in _roles_told("before_org"):
                if pattern.search(sentence.before(rel_begin, 60)):
                    doc.add_fact(
                        subject=mission,
                        predicate=role,
                        obj=org.key,
                        evidence=doc.evidence(sentence, org.begin, org.end, rule, 0.8),
                    )
            after = _pattern("org_list_tail").sub("", sentence.after(rel_end, 120), count=1)[:40]
            for role, rule, pattern in _roles_told("after_org"):
                if org.possessive or not pattern.match(after):
                    continue
                if rule == "org.agency_statement" and org_type != "agency":
                    continue
                if rule == "org.broadcaster_verb" and org_type != "broadcaster":
                    continue
                doc.add_fact(
                    subject=mission,
                    predicate=role,
                    obj=org.key,
                    evidence=doc.evidence(
                        sentence,
                        org.begin,
                        sentence.span.begin + rel_end + len(after.split(",")[0]),
                        rule,
                        0.6 if rule == "org.agency_statement" else 0.8,
                    ),
                )
        if mission and org_type in ("company", "agency"):
            _possessive_operator(doc, sentence, org, mission)
        _company_of_person(doc, sentence, org)


def _names_other_flight(text: str, begin: int, end: int) -> bool:
    """Tell whether an organisation qualifies some other flight ('aboard a SpaceX Crew Dragon flight')."""
    return bool(
        re.match(r"^(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:flight|mission)\b", text[end : end + 50])
        and re.search(r"\b(?:a|an|another)\s+$", text[max(0, begin - 12) : begin])
    )


def _possessive_operator(doc: Document, sentence: Sentence, org: object, mission: str) -> None:
    """Record 'Blue Origin's New Shepard rocket', 'Boeing's first attempt': the organisation runs the flight."""

    assert isinstance(org, Mention) and org.key is not None
    rel = sentence.rel(org.end)
    if re.search(
        r"\b(?:alongside|unlike|like|than|rival|versus)\s+$", sentence.text[max(0, rel - 40) : sentence.rel(org.begin)]
    ):
        return
    tail = sentence.after(rel, 60)
    if not org.possessive:
        vehicles = ("spacecraft", "launch_vehicle")
        follows = [m for m in sentence.mentions if m.kind in vehicles and m.begin == org.end + 1]
        if not follows:
            return
    vehicle = next(
        (
            m
            for m in sentence.mentions
            if m.kind in ("spacecraft", "launch_vehicle", "mission") and 0 <= sentence.rel(m.begin) - rel <= 8
        ),
        None,
    )
    if vehicle is not None and _of_another_family(doc, vehicle, mission):
        return
    if vehicle is not None or _pattern("flight_noun").match(tail):
        doc.add_fact(
            subject=mission,
            predicate="operator",
            obj=org.key,
            evidence=doc.evidence(
                sentence, org.begin, org.end + len(tail.split(",")[0]), "org.possessive_vehicle", 0.7
            ),
        )


def _of_another_family(doc: Document, vehicle: Mention, mission: str) -> bool:
    """Tell whether a craft or rocket belongs to another programme than the flight ('Boeing's Starliner' beside a
    Dragon flight): its maker then runs that other vehicle, not the flight."""
    if vehicle.key is None or vehicle.kind == "mission":
        return False
    return _other_families(str(doc.state[mission].family or ""), str(doc.state[vehicle.key].family or ""))


def _other_families(mine: str, theirs: str) -> bool:
    """Tell whether two programme families are known and differ ('nasa-crew-dragon' holds 'dragon')."""
    mine, theirs = mine.casefold(), theirs.casefold()
    return bool(mine and theirs and theirs not in mine and mine not in theirs)


def _company_of_person(doc: Document, sentence: Sentence, org: object) -> None:
    """Record 'Space X, Elon Musk's company': the person whose company the organisation is."""

    assert isinstance(org, Mention)
    rest = sentence.text[sentence.rel(org.end) :]
    for person in sentence.of_kind("person"):
        gap = sentence.text[sentence.rel(org.end) : sentence.rel(person.begin)]
        if (
            person.key
            and org.key
            and gap == ", "
            and person.possessive
            and re.match(r"^,\s+[^,]+?['’]s\s+(?:company|firm|startup|venture)\b", rest)
        ):
            doc.add_fact(
                subject=person.key,
                predicate="affiliation",
                obj=org.key,
                evidence=doc.evidence(sentence, org.begin, person.end + 10, "affiliation.owner_company", 0.8),
            )


_ORG_ROLES = ("operator", "builder", "sponsor", "broadcaster", "beneficiary", "partner")


def add_programme_operators(doc: Document, mission: str | None) -> None:
    """Link a flight to the organisations that run its programme or vehicles (SpaceX for a Dragon flight), if named."""
    if mission is None:
        return
    operators: dict[str, list[str]] = doc.lexicon()["flight_operators"]
    families = {str(doc.state[mission].family or "").casefold()}
    for fact in doc.facts_of(mission, "spacecraft") + doc.facts_of(mission, "launch_vehicle"):
        craft = str(fact.obj)
        # A capsule of another programme than the flight's own ('Starliner' beside a Dragon flight) brings no operator.
        if fact.predicate != "spacecraft" or not _other_families(
            str(doc.state[mission].family or ""), str(doc.state[craft].family or "")
        ):
            families |= {str(doc.state[craft].family or "").casefold(), doc.entities[craft].label.casefold()}
    wanted = {name.casefold() for family in families if family in operators for name in operators[family]}
    linked = {str(f.obj) for role in _ORG_ROLES for f in doc.facts_of(mission, role)}
    for key, entity in doc.entities.items():
        if entity.kind != "organization" or entity.label.casefold() not in wanted or key in linked:
            continue
        if not entity.mentions:
            continue
        doc.add_fact(
            subject=mission,
            predicate="operator",
            obj=key,
            evidence=entity.mentions[0].restated("org.operator_of_programme", 0.6),
        )


def add_orgs_in_flight_names(doc: Document) -> None:
    """Record a known organisation opening a flight's name ('SpaceX Crew-11', 'Boeing Starliner-1') as its operator."""
    entries = get_resources().by_surface
    for key, entity in list(doc.entities.items()):
        if entity.kind != "mission":
            continue
        for evidence in list(entity.mentions):
            words = doc.article.text[evidence.span.begin : evidence.span.end].split()
            for size in range(len(words) - 1, 0, -1):
                entry = entries.get(normalize_space(" ".join(words[:size])))
                if entry is None or entry.kind != "organization":
                    continue
                begin = evidence.span.begin
                end = begin + len(" ".join(words[:size]))
                at = doc.sentence_at(evidence.sentence)
                org = doc.add_entity(
                    "organization",
                    entry.label,
                    entry.label,
                    set(entry.aliases),
                    doc.evidence(at, begin, end, "org.in_flight_name"),
                )
                doc.state[org].absorb(entry.attrs)
                doc.add_fact(
                    subject=key,
                    predicate="operator",
                    obj=org,
                    evidence=doc.evidence(at, begin, evidence.span.end, "org.in_flight_name", 0.7),
                )
                break


def add_agencies_of_crew(doc: Document) -> None:
    """Record a space agency whose astronauts fly a flight as a partner of that flight."""
    for fact in [f for f in doc.facts if f.predicate == "crew_member"]:
        for affiliation in doc.facts_of(str(fact.obj), "affiliation"):
            org = str(affiliation.obj)
            if doc.state[org].type == "agency":
                doc.add_fact(
                    subject=fact.subject,
                    predicate="partner",
                    obj=org,
                    evidence=affiliation.evidence.restated("org.agency_of_crew", 0.6),
                )
