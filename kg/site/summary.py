"""The summary box of a flight's or a person's page, and the extra rows it needs from the store."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.site.pictures import Dated, Neighbour
from kg.site.selects import select_rows
from kg.store.searchdocs import KIND_OF_TYPE
from kg.terms import ONTOLOGY_NS, WELL_KNOWN_PREFIXES

RDF_TYPE = WELL_KNOWN_PREFIXES["rdf"] + "type"
SM = ONTOLOGY_NS
LABEL_UNION = "rdfs:label|skos:prefLabel|schema:name"

Term = tuple[str, str, str]
Triple = tuple[Term, Term, Term]
Namer = Callable[[str], str]
Linker = Callable[[str], "str | None"]

# The summary of a flight: (heading, properties whose values it lists).
FLIGHT_ROWS = (
    ("Status", (SM + "status", SM + "statusWording")),
    ("Launch", (SM + "launchDate", SM + "launchSite")),
    ("Spacecraft", (SM + "spacecraft",)),
    ("Rocket", (SM + "launchVehicle",)),
    ("Destination", (SM + "destination",)),
    ("Landing", (SM + "landingDate", SM + "landingSite")),
    ("Duration", (SM + "duration",)),
    ("Organisations", (SM + "operator", SM + "partner", SM + "builder", SM + "sponsor", SM + "broadcaster")),
)
PERSON_ROWS = (
    ("Age", (SM + "age",)),
    ("Occupation", (SM + "occupation",)),
    ("Nationality", (SM + "nationality",)),
    ("Affiliation", (SM + "affiliation",)),
)
# The flight's neighbours drawn around it, in this order after the crew: (property, kind of node).
NEIGHBOURS = (
    (SM + "spacecraft", "spacecraft"),
    (SM + "launchVehicle", "rocket"),
    (SM + "launchSite", "place"),
    (SM + "destination", "place"),
    (SM + "landingSite", "place"),
    (SM + "operator", "organisation"),
    (SM + "partner", "organisation"),
    (SM + "builder", "organisation"),
    (SM + "sponsor", "organisation"),
    (SM + "broadcaster", "organisation"),
)
DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")
DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
DATE_PROPERTIES = {SM + "launchDate", SM + "landingDate", SM + "eventDate"}


@dataclass
class Value:
    """One value in the summary: its text, its link here (or None), a note (a role), a date for <time>."""

    text: str
    url: str | None = None
    note: str = ""
    when: str = ""


@dataclass
class Row:
    """One line of the summary box."""

    heading: str
    values: list[Value] = field(default_factory=list)


@dataclass
class CrewMember:
    """Someone aboard the flight, with the roles the articles give them."""

    iri: str
    name: str
    roles: list[str] = field(default_factory=list)


def kind_of(iri: str, triples: list[Triple]) -> str | None:
    """The resource's kind (flight, person, organisation, article) from its types, or None."""
    kinds = {KIND_OF_TYPE.get(o[1]) for s, p, o in triples if s[1] == iri and p[1] == RDF_TYPE}
    return next((kind for kind in ("flight", "person") if kind in kinds), None)


def values_of(iri: str, triples: list[Triple], predicate: str) -> list[Term]:
    """The distinct values of one property of `iri`, in the order the store gave them."""
    found: list[Term] = []
    for s, p, o in triples:
        if s[1] == iri and p[1] == predicate and o not in found:
            found.append(o)
    return found


def value_of(term: Term, predicate: str, name: Namer, link: Linker) -> Value:
    """A term as a summary value: a label and link for an IRI, the text of a literal (a date for dates)."""
    if term[0] == "iri":
        return Value(name(term[1]), link(term[1]))
    if predicate in DATE_PROPERTIES:
        return Value(term[1][:10], when=term[1])
    if predicate == SM + "duration":
        return Value(spell_duration(term[1]))
    return Value(term[1])


def spell_duration(text: str) -> str:
    """An xsd:duration in words ('PT3H17M' is '3 hours 17 minutes'); anything else as it is."""
    match = DURATION.fullmatch(text.strip())
    if match is None or not any(match.groups()):
        return text
    parts = [(amount, unit) for amount, unit in zip(match.groups(), DURATION_UNITS, strict=True) if amount]
    return " ".join(f"{amount} {unit}{'' if amount == '1' else 's'}" for amount, unit in parts)


def summary_rows(iri: str, triples: list[Triple], kind: str, name: Namer, link: Linker, extra: list[Row]) -> list[Row]:
    """The summary box: the rows for its kind that have values, then `extra` (crew or flights)."""
    rows = []
    for heading, predicates in FLIGHT_ROWS if kind == "flight" else PERSON_ROWS:
        row = Row(heading)
        for predicate in predicates:
            for term in values_of(iri, triples, predicate):
                value = value_of(term, predicate, name, link)
                if value not in row.values:  # an operator that is also a partner is named once
                    row.values.append(value)
        if row.values:
            rows.append(row)
    return rows + [row for row in extra if row.values]


def read_crew(iri: str) -> list[CrewMember]:
    """The flight's crew with their roles, by name."""
    rows = select_rows(
        f"""SELECT DISTINCT ?person ?name ?role WHERE {{
  {{ <{iri}> sm:crewMember ?person }} UNION {{ ?as sm:onMission <{iri}> ; sm:assignee ?person }}
  OPTIONAL {{ ?person {LABEL_UNION} ?name }}
  OPTIONAL {{ ?as2 sm:onMission <{iri}> ; sm:assignee ?person ; sm:crewRole/({LABEL_UNION}) ?role }}
}} ORDER BY ?name ?role"""
    )
    crew: dict[str, CrewMember] = {}
    for row in rows:
        person = row["person"][1]
        member = crew.setdefault(person, CrewMember(person, row.get("name", ("", person, ""))[1]))
        role = row.get("role", ("", "", ""))[1]
        if role and role not in member.roles:
            member.roles.append(role)
    return sorted(crew.values(), key=lambda m: m.name.casefold())


def read_events(iri: str, name: Namer, link: Linker) -> list[Dated]:
    """The flight's dated events (launch, docking, landing, announcements...), with its own launch and landing."""
    rows = select_rows(
        f"""SELECT DISTINCT ?event ?label ?date ?type WHERE {{
  {{ ?event sm:about <{iri}> ; sm:eventDate ?date . OPTIONAL {{ ?event rdfs:label ?label }}
     OPTIONAL {{ ?event a ?type FILTER(?type != sm:Event) }} }}
  UNION {{ <{iri}> sm:launchDate ?date BIND(sm:LaunchEvent AS ?type) }}
  UNION {{ <{iri}> sm:landingDate ?date BIND(sm:LandingEvent AS ?type) }}
}}"""
    )
    events: dict[tuple[str, str], Dated] = {}
    for row in rows:
        kind = name(row.get("type", ("", SM + "Event", ""))[1])
        when = row["date"][1]
        event = row.get("event")
        label = row["label"][1] if "label" in row else kind.capitalize()
        # The flight's own launch date and its launch event name the same day: keep one of them.
        key = (kind, when[:10])
        if key not in events or event is not None:
            events[key] = Dated(label, link(event[1]) if event else None, when, kind)
    # "October 2021" says less than "6 October 2021" about the same launch: keep the day.
    return [
        e
        for e in events.values()
        if not any(o.kind == e.kind and o.when.startswith(e.when) and o.when != e.when for o in events.values())
    ]


def crew_row(crew: list[CrewMember], link: Linker) -> Row:
    """The summary's crew line: each member with their roles."""
    return Row("Crew", [Value(m.name, link(m.iri), ", ".join(m.roles)) for m in crew])


def flights_row(iri: str, triples: list[Triple], name: Namer, link: Linker) -> Row:
    """The summary's flights line for a person: the flights that name them as crew."""
    flights = [s[1] for s, p, o in triples if p[1] == SM + "crewMember" and o[1] == iri]
    flights += [o[1] for o in values_of(iri, triples, SM + "crewMemberOf")]
    return Row("Flights", [Value(name(f), link(f)) for f in dict.fromkeys(flights)])


def neighbours_of(
    iri: str, triples: list[Triple], crew: list[CrewMember], name: Namer, link: Linker
) -> list[Neighbour]:
    """What the flight's picture shows around it: the crew, then its craft, rocket, places and organisations."""
    found = [Neighbour(m.name, link(m.iri), "person", ", ".join(m.roles) or "crew member") for m in crew]
    seen = {m.iri for m in crew}
    for predicate, kind in NEIGHBOURS:
        for term in values_of(iri, triples, predicate):
            if term[0] == "iri" and term[1] not in seen:
                seen.add(term[1])
                found.append(Neighbour(name(term[1]), link(term[1]), kind, name(predicate)))
    return found
