"""Annotation rules about organisations: how each takes part in a flight (operator, builder, sponsor,
broadcaster, beneficiary, partner), and who belongs to which company."""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence
from kg.extract.mentions import Mention
from kg.extract.resources import load_patterns


def _pattern(name: str) -> re.Pattern[str]:
    """Return the compiled pattern `name` of orgs.jsonl (kg/extract/data/)."""
    return load_patterns("orgs.jsonl")[name]


_ROLE_BEFORE_ORG = (
    (
        re.compile(
            r"\b(?:with the (?:help|support|assistance) of|in (?:partnership|collaboration|cooperation) with|"
            r"partnered with|under\s+(?:a\s+|the\s+|its\s+)?(?:contract|deal|agreement)\s+(?:to|with|from)|"
            r"teamed up with|together with|(?:partnership|collaboration|agreement|cooperation) between"
            r"(?:\s+[\w'’.]+){0,5}?(?:\s+and)?)\s+(?:the\s+)?$",
            re.I,
        ),
        "partner",
        "org.partner_phrase",
    ),
    (
        re.compile(
            r"\b(?:rais(?:e|es|ed|ing) (?:money|funds)|fundrais\w*|donat\w*|benefit(?:s|ing)?|in support of|in aid of)"
            r"(?:\s+\w+){0,2}\s+(?:for|to)?\s*(?:the\s+)?$",
            re.I,
        ),
        "beneficiary",
        "org.beneficiary_phrase",
    ),
    (
        re.compile(r"\b(?:sponsored|funded|financed|paid for|backed)\s+by\s+(?:the\s+)?$", re.I),
        "sponsor",
        "org.sponsor_phrase",
    ),
    (
        re.compile(r"\b(?:built|made|manufactured|developed|designed)\s+by\s+(?:the\s+)?$", re.I),
        "builder",
        "org.builder_phrase",
    ),
    (
        re.compile(r"\b(?:operated|run|launched|flown|organi[sz]ed)\s+by\s+(?:the\s+)?(?:[\w-]+-based\s+)?$", re.I),
        "operator",
        "org.operator_phrase",
    ),
    (
        re.compile(r"\b(?:broadcast|aired|streamed|televised|filmed)\s+(?:live\s+)?(?:by|on)\s+(?:the\s+)?$", re.I),
        "broadcaster",
        "org.broadcaster_phrase",
    ),
)
_ORG_THEN_VERB = (
    (
        re.compile(
            r"^\s+(?:has\s+|had\s+|will\s+|plans to\s+|hopes to\s+|intends to\s+|is set to\s+|aims to\s+|wants to\s+)?"
            r"(?:(?:builds|built|designs|designed|owns|owned)\s+and\s+)?"
            r"(?:launched|launches|launch|sent|sends|flew|flies|fly|is launching|operates|operated|organi[sz]ed|"
            r"calls|called|dubbed|designated|"
            r"organi[sz]es|runs|ran|manages|managed|trained|arranged|arranges|brokered|chartered|charters|is running)\b"
        ),
        "operator",
        "org.subject_of_launch",
    ),
    (
        re.compile(r"^,\s+which\s+(?:builds|built|makes|made|manufactures|manufactured|designed|developed)\b"),
        "builder",
        "org.which_builds",
    ),
    (
        re.compile(
            r"^\s+(?:is|was|are|were)\s+(?:excited|proud|happy|thrilled|pleased)\s+to\s+(?:work|partner|collaborate)\b"
        ),
        "partner",
        "org.eager_partner",
    ),
    (
        re.compile(
            r"^\s+(?:today\s+|yesterday\s+|on\s+\w+day\s+)?(?:said|says|announced|announces|confirmed|stated|reported|told|"
            r"named|introduced|selected|unveiled)\b"
        ),
        "operator",
        "org.agency_statement",
    ),
    (
        re.compile(
            r"^\s+(?:followed|filmed|documented|will broadcast|broadcast|aired|will air|streams|will stream|"
            r"carried|showed|televised|covered)\b"
        ),
        "broadcaster",
        "org.broadcaster_verb",
    ),
)


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
            for pattern, role, rule in _ROLE_BEFORE_ORG:
                if pattern.search(text[max(0, rel_begin - 60) : rel_begin]):
                    doc.add_fact(
                        subject=mission,
                        predicate=role,
                        obj=org.key,
                        evidence=doc.evidence(sentence, org.begin, org.end, rule, 0.8),
                    )
            after = _pattern("org_list_tail").sub("", text[rel_end : rel_end + 120], count=1)[:40]
            for pattern, role, rule in _ORG_THEN_VERB:
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
    tail = sentence.text[rel : rel + 60]
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
    if vehicle is not None or _pattern("flight_noun").match(tail):
        doc.add_fact(
            subject=mission,
            predicate="operator",
            obj=org.key,
            evidence=doc.evidence(
                sentence, org.begin, org.end + len(tail.split(",")[0]), "org.possessive_vehicle", 0.7
            ),
        )


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
