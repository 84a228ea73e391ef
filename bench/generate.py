"""Generate a synthetic space-mission graph shaped like the extraction's output, at any size, deterministically.

Every synthetic news article becomes one named graph `{base}graph/article-NNNNNN` holding what
`kg.rdf.build` writes for a real one: the article, its text as a NIF context, the extraction
activity, the entities it names (missions, people, launch sites, organisations, spacecraft,
rockets, stations, films), every fact as a plain triple, crew assignments, and for every fact and
mention an `rdf:Statement` with rdf:subject/predicate/object, a NIF phrase span (begin, end,
anchorOf) inside its sentence span, the rule that found it and a confidence. Missions are reported by
several articles, which agree on their facts, as the same entity IRIs reconciled across articles.

Usage: python -m bench.generate --triples 1000000 --out bench/out/data.nq.gz [--seed 42]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

BASE = "https://w3id.org/spacekg/"
SM = "https://w3id.org/spacekg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
PREFIXES = {
    "sm": SM,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "nif": NIF,
    "prov": PROV,
    "schema": SCHEMA,
    "mission": BASE + "mission/",
    "person": BASE + "person/",
    "statement": BASE + "statement/",
}

# The fixed first mission, so that the benchmark's queries can name IRIs that exist at every size.
ANCHOR_MISSION = "Soyuz MS-19"
ANCHOR_PERSON = "Yulia Peresild"
ANCHOR_SITE = "Baikonur Cosmodrome"
ANCHOR_FILM = "The Challenge"

PROGRAMS = [
    "Soyuz MS", "Shenzhou", "Crew Dragon Crew", "Axiom Mission", "Gaganyaan", "Artemis", "Starliner",
    "Tianzhou", "Progress MS", "Polaris", "Inspiration", "New Shepard NS", "Ax", "Boeing CFT", "Galactic",
]  # fmt: skip
SITES = [
    ANCHOR_SITE, "Kennedy Space Center", "Cape Canaveral Space Force Station", "Jiuquan Satellite Launch Center",
    "Wenchang Space Launch Site", "Vostochny Cosmodrome", "Satish Dhawan Space Centre", "Tanegashima Space Center",
    "Plesetsk Cosmodrome", "Guiana Space Centre", "Vandenberg Space Force Base", "Launch Site One",
    "Spaceport America", "Starbase", "Wallops Flight Facility", "Xichang Satellite Launch Center",
]  # fmt: skip
VEHICLES = [
    "Soyuz-2.1a", "Falcon 9", "Long March 2F", "LVM3", "Space Launch System", "Atlas V", "Long March 7",
    "New Shepard", "Ariane 6", "H3", "Starship", "Electron",
]  # fmt: skip
SPACECRAFT = [
    "Soyuz MS", "Crew Dragon Endeavour", "Crew Dragon Resilience", "Shenzhou capsule", "Orion", "Starliner Calypso",
    "Gaganyaan crew module", "RSS First Step", "VSS Unity", "Crew Dragon Freedom",
]  # fmt: skip
STATIONS = ["International Space Station", "Tiangong space station", "the Moon", "low Earth orbit"]
ORGANIZATIONS = [
    "Roscosmos", "NASA", "SpaceX", "China Manned Space Agency", "ESA", "JAXA", "ISRO", "Axiom Space",
    "Boeing", "Blue Origin", "Virgin Galactic", "Channel One", "Energia", "St. Jude Children's Research Hospital",
    "Netflix", "Yellow Films",
]  # fmt: skip
FIRST_NAMES = [
    "Anton", "Yulia", "Klim", "Oleg", "Pyotr", "Jared", "Hayley", "Sian", "Chris", "Zhai", "Wang", "Ye", "Anna",
    "Sergey", "Kayla", "Raja", "Matthias", "Thomas", "Samantha", "Koichi", "Soichi", "Mark", "Shane", "Megan",
    "Victor", "Jessica", "Andreas", "Sunita", "Butch", "Peggy", "Jasmin", "Satoshi", "Marcos", "Alper", "Sara",
    "Tuva", "Rakesh", "Liu", "Nicole", "Frank",
]  # fmt: skip
LAST_NAMES = [
    "Shkaplerov", "Peresild", "Shipenko", "Novitsky", "Dubrov", "Isaacman", "Arceneaux", "Proctor", "Sembroski",
    "Zhigang", "Yaping", "Guangfu", "Kikina", "Prokopyev", "Barron", "Chari", "Maurer", "Pesquet", "Cristoforetti",
    "Wakata", "Noguchi", "Vande Hei", "Kimbrough", "McArthur", "Glover", "Watkins", "Mogensen", "Williams",
    "Wilmore", "Whitson", "Moghbeli", "Furukawa", "Pontes", "Gezeravci", "Sabry", "Wiegand", "Sharma", "Yang",
    "Mann", "Rubio",
]  # fmt: skip
ROLES = ["commander", "pilot", "flight engineer", "mission specialist", "spaceflight participant", "medical officer"]
OCCUPATIONS = ["cosmonaut", "astronaut", "actress", "film director", "engineer", "physician", "pilot", "teacher"]
FILM_WORDS = ["Orbit", "Horizon", "Gravity", "Silence", "Ascent", "Return", "Frontier", "Station", "Dawn", "Echo"]


@dataclass
class Mission:
    """One synthetic flight and everything every article about it agrees on."""

    label: str
    site: str
    launch: date
    vehicle: str
    spacecraft: str
    operator: str
    destination: str
    crew: list[tuple[str, str]]
    film: tuple[str, str, str] | None = None


@dataclass
class Sentence:
    """A sentence of an article under construction: its text pieces and the spans of its named parts."""

    begin: int
    parts: list[str] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def add(self, text: str, key: str | None = None) -> None:
        """Append `text`, remembering its span under `key`."""
        start = self.begin + sum(len(p) for p in self.parts)
        self.parts.append(text)
        if key is not None:
            self.spans[key] = (start, start + len(text))

    @property
    def text(self) -> str:
        """The sentence's text."""
        return "".join(self.parts)


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by '-' (as kg.terms.slugify does for these names)."""
    out = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in text)
    return "-".join(filter(None, out.split("-")))


def content_hash(*parts: object) -> str:
    """A short stable hash, for the IRIs of statements."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def person_name(index: int) -> str:
    """The index-th synthetic person's name (the first ones are the real crew of Soyuz MS-19)."""
    fixed = ["Anton Shkaplerov", ANCHOR_PERSON, "Klim Shipenko"]
    if index < len(fixed):
        return fixed[index]
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index // len(FIRST_NAMES) + index) % len(LAST_NAMES)]
    cycle = index // (len(FIRST_NAMES) * len(LAST_NAMES))
    return f"{first} {last}" + (f" {cycle + 1}" if cycle else "")


def make_missions(count: int, people: int, seed: int) -> list[Mission]:
    """Draw `count` missions whose crews come from `people` persons."""
    missions = [
        Mission(
            ANCHOR_MISSION,
            ANCHOR_SITE,
            date(2021, 10, 5),
            "Soyuz-2.1a",
            "Soyuz MS",
            "Roscosmos",
            "International Space Station",
            [(person_name(0), "commander"), (ANCHOR_PERSON, "spaceflight participant"), (person_name(2), "")],
            (ANCHOR_FILM, person_name(2), ANCHOR_PERSON),
        )
    ]
    for index in range(1, count):
        rng = random.Random(f"{seed}:mission:{index}")
        program = PROGRAMS[index % len(PROGRAMS)]
        crew_ids = rng.sample(range(3, max(people, 7)), rng.randint(1, 4))
        crew = [(person_name(i), rng.choice([*ROLES, ""])) for i in crew_ids]
        film = None
        if rng.random() < 0.15:
            title = f"{rng.choice(FILM_WORDS)} {rng.choice(FILM_WORDS)} {index}"
            film = (title, person_name(rng.randrange(3, max(people, 7))), crew[0][0])
        missions.append(
            Mission(
                f"{program}-{index // len(PROGRAMS) + 1}" if index >= len(PROGRAMS) else f"{program}-{index + 20}",
                rng.choice(SITES),
                date(2000, 1, 1) + timedelta(days=rng.randrange(10_000)),
                rng.choice(VEHICLES),
                rng.choice(SPACECRAFT),
                rng.choice(ORGANIZATIONS),
                rng.choice(STATIONS),
                crew,
                film,
            )
        )
    return missions


class ArticleWriter:
    """Builds the quads of one synthetic article's named graph."""

    def __init__(self, number: int, mission: Mission, rng: random.Random, base: str = BASE) -> None:
        self.base = base
        self.article_id = f"article-{number:06d}"
        self.graph = ox.NamedNode(f"{base}graph/{self.article_id}")
        self.article = ox.NamedNode(f"{base}article/{self.article_id}")
        self.activity = ox.NamedNode(f"{base}activity/{self.article_id}")
        self.published = mission.launch + timedelta(days=rng.randrange(4))
        self.generated_at = ox.Literal(
            f"{self.published.isoformat()}T00:00:00Z", datatype=ox.NamedNode(XSD + "dateTime")
        )
        self.mission = mission
        self.rng = rng
        self.quads: dict[ox.Quad, None] = {}
        self.sentences: list[Sentence] = []
        self.text = ""
        self.age = ""

    def add(self, s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        """Add one triple to the article's graph."""
        self.quads[ox.Quad(s, ox.NamedNode(p), o, self.graph)] = None

    def iri(self, kind: str, label: str) -> ox.NamedNode:
        """The IRI of an entity: {base}{kind}/{slug}."""
        return ox.NamedNode(f"{self.base}{kind}/{slugify(label)}")

    def span_iri(self, begin: int, end: int) -> ox.NamedNode:
        """The IRI of a NIF span of this article's text."""
        return ox.NamedNode(f"{self.article.value}#offset_{begin}_{end}")

    def build(self) -> list[ox.Quad]:
        """Write the whole article: text, provenance frame, entities, facts and their statements."""
        m = self.mission
        crew_text = self._compose_text()
        self._add_article_and_context()
        launch = self.sentences[0]
        crewed = bool(m.crew)
        mission = self.entity("mission", m.label, SM + "Mission", launch, "mission", crewed=crewed)
        site = self.entity("launch-site", m.site, SM + "LaunchSite", launch, "site")
        vehicle = self.entity("launch-vehicle", m.vehicle, SM + "LaunchVehicle", launch, "vehicle")
        self.fact(mission, SM + "launchSite", site, launch, "site", "launch_site", "launch-from-site")
        date_literal = ox.Literal(m.launch.isoformat(), datatype=ox.NamedNode(XSD + "date"))
        self.fact(mission, SM + "launchDate", date_literal, launch, "date", "launch_date", "launch-on-date")
        self.fact(mission, SM + "launchVehicle", vehicle, launch, "vehicle", "launch_vehicle", "launch-aboard-rocket")
        self.fact(mission, SM + "status", ox.NamedNode(SM + "Flown"), launch, "verb", "status", "past-tense-launch")
        crew_sentence = self.sentences[1]
        for index, (name, role) in enumerate(m.crew):
            person = self.entity("person", name, SM + "Person", crew_sentence, f"person{index}")
            self.crew_member(mission, person, role, crew_sentence, f"person{index}")
        craft_sentence = self.sentences[2]
        craft = self.entity("spacecraft", m.spacecraft, SM + "Spacecraft", craft_sentence, "craft")
        operator = self.entity("organization", m.operator, SM + "Organization", craft_sentence, "operator")
        station = self.entity("station", m.destination, SM + "SpaceStation", craft_sentence, "destination")
        self.fact(mission, SM + "spacecraft", craft, craft_sentence, "craft", "spacecraft", "spacecraft-apposition")
        self.fact(mission, SM + "operator", operator, craft_sentence, "operator", "operator", "operated-by")
        self.fact(mission, SM + "destination", station, craft_sentence, "destination", "destination", "bound-for")
        if crew_text:
            detail = self.sentences[3]
            person = self.iri("person", m.crew[0][0])
            age = ox.Literal(self.age, datatype=ox.NamedNode(XSD + "integer"))
            self.fact(person, SM + "age", age, detail, "age", "age", "apposition-age")
            occupation = self.concept("occupation", crew_text, SM + "Occupation", SM + "Occupations")
            self.fact(person, SM + "occupation", occupation, detail, "occupation", "occupation", "is-a-occupation")
        if m.film is not None:
            self._add_film(mission)
        return list(self.quads)

    def _compose_text(self) -> str:
        m = self.mission
        rng = self.rng
        s = self._sentence()
        s.add(m.label, "mission")
        s.add(" ")
        s.add(rng.choice(["lifted off", "launched", "blasted off"]), "verb")
        s.add(" from ")
        s.add(m.site, "site")
        s.add(" on ")
        s.add(f"{m.launch.day} {m.launch.strftime('%B')} {m.launch.year}", "date")
        s.add(" aboard a ")
        s.add(m.vehicle, "vehicle")
        s.add(" rocket.")
        s = self._sentence()
        s.add("On board were")
        for index, (name, role) in enumerate(m.crew):
            s.add(" and " if index and index == len(m.crew) - 1 else ", " if index else " ")
            if role:
                s.add(role, f"role{index}")
                s.add(" ")
            s.add(name, f"person{index}")
        s.add(".")
        s = self._sentence()
        s.add("The ")
        s.add(m.spacecraft, "craft")
        s.add(" spacecraft, operated by ")
        s.add(m.operator, "operator")
        s.add(", is bound for ")
        s.add(m.destination, "destination")
        s.add(".")
        occupation = ""
        if m.crew:
            occupation = rng.choice(OCCUPATIONS)
            s = self._sentence()
            s.add(m.crew[0][0], "person0")
            s.add(", ")
            self.age = str(rng.randint(28, 62))
            s.add(self.age, "age")
            s.add(", is a ")
            s.add(occupation, "occupation")
            s.add(" by training.")
        if m.film is not None:
            title, director, star = m.film
            s = self._sentence()
            s.add(star, "star")
            s.add(" will star in ")
            s.add(title, "film")
            s.add(", a film directed by ")
            s.add(director, "director")
            s.add(", shot aboard the station.")
        self.text = " ".join(sentence.text for sentence in self.sentences)
        return occupation

    def _sentence(self) -> Sentence:
        begin = sum(len(s.text) + 1 for s in self.sentences)
        sentence = Sentence(begin)
        self.sentences.append(sentence)
        return sentence

    def _add_article_and_context(self) -> None:
        a, base = self.article, self.base
        nonneg = ox.NamedNode(XSD + "nonNegativeInteger")
        self.add(a, RDF + "type", ox.NamedNode(SM + "NewsArticle"))
        self.add(a, RDF + "type", ox.NamedNode(SCHEMA + "NewsArticle"))
        self.add(a, RDFS + "label", ox.Literal(f"news article {self.article_id}"))
        self.add(a, SCHEMA + "identifier", ox.Literal(self.article_id))
        self.add(
            a, SCHEMA + "datePublished", ox.Literal(self.published.isoformat(), datatype=ox.NamedNode(XSD + "date"))
        )
        context = self.span_iri(0, len(self.text))
        self.context = context
        self.add(context, RDF + "type", ox.NamedNode(NIF + "Context"))
        self.add(context, RDF + "type", ox.NamedNode(NIF + "OffsetBasedString"))
        self.add(context, NIF + "beginIndex", ox.Literal("0", datatype=nonneg))
        self.add(context, NIF + "endIndex", ox.Literal(str(len(self.text)), datatype=nonneg))
        self.add(context, NIF + "isString", ox.Literal(self.text))
        self.add(context, NIF + "sourceUrl", a)
        self.add(a, SM + "textContext", context)
        agent = ox.NamedNode(f"{base}agent/spacekg-extractor")
        self.add(agent, RDF + "type", ox.NamedNode(PROV + "SoftwareAgent"))
        self.add(agent, RDFS + "label", ox.Literal("spacekg extractor"))
        act = self.activity
        self.add(act, RDF + "type", ox.NamedNode(PROV + "Activity"))
        self.add(act, RDF + "type", ox.NamedNode(SM + "ExtractionActivity"))
        self.add(act, RDFS + "label", ox.Literal(f"extraction of article {self.article_id}"))
        self.add(act, PROV + "used", a)
        self.add(act, PROV + "wasAssociatedWith", agent)
        self.add(act, PROV + "endedAtTime", self.generated_at)
        for sentence in self.sentences:
            self.span(sentence.begin, sentence.begin + len(sentence.text), sentence=True)

    def span(self, begin: int, end: int, *, sentence: bool = False) -> ox.NamedNode:
        """Add a NIF span (a sentence or a phrase) of the article's text."""
        iri = self.span_iri(begin, end)
        nonneg = ox.NamedNode(XSD + "nonNegativeInteger")
        self.add(iri, RDF + "type", ox.NamedNode(NIF + "OffsetBasedString"))
        self.add(iri, RDF + "type", ox.NamedNode(NIF + ("Sentence" if sentence else "Phrase")))
        self.add(iri, NIF + "beginIndex", ox.Literal(str(begin), datatype=nonneg))
        self.add(iri, NIF + "endIndex", ox.Literal(str(end), datatype=nonneg))
        self.add(iri, NIF + "anchorOf", ox.Literal(self.text[begin:end]))
        self.add(iri, NIF + "referenceContext", self.context)
        return iri

    def statement(
        self,
        triple: tuple[ox.NamedNode, str, ox.NamedNode | ox.Literal],
        sentence: Sentence,
        key: str,
        name: str,
        rule: str,
    ) -> ox.NamedNode:
        """Reify a triple as an sm:ExtractedStatement derived from the phrase `key` of `sentence`."""
        s, p, o = triple
        begin, end = sentence.spans[key]
        phrase = self.span(begin, end)
        self.add(phrase, NIF + "sentence", self.span_iri(sentence.begin, sentence.begin + len(sentence.text)))
        node = ox.NamedNode(f"{self.base}statement/{content_hash(self.article_id, s, p, o, begin, end, rule)}")
        self.add(node, RDF + "type", ox.NamedNode(RDF + "Statement"))
        self.add(node, RDF + "type", ox.NamedNode(SM + "ExtractedStatement"))
        self.add(node, RDF + "subject", s)
        self.add(node, RDF + "predicate", ox.NamedNode(p))
        self.add(node, RDF + "object", o)
        self.add(node, PROV + "wasDerivedFrom", phrase)
        self.add(node, PROV + "wasGeneratedBy", self.activity)
        self.add(node, PROV + "generatedAtTime", self.generated_at)
        self.add(node, SM + "extractionRule", ox.Literal(rule))
        self.add(node, SM + "extractedPredicate", ox.Literal(name))
        confidence = f"{self.rng.uniform(0.55, 0.99):.2f}"
        self.add(node, SM + "confidence", ox.Literal(confidence, datatype=ox.NamedNode(XSD + "decimal")))
        return node

    def fact(
        self, s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal, sentence: Sentence, key: str, name: str, rule: str
    ) -> ox.NamedNode:
        """Add a fact as a plain triple and its reified statement."""
        self.add(s, p, o)
        return self.statement((s, p, o), sentence, key, name, rule)

    def entity(
        self, kind: str, label: str, cls: str, sentence: Sentence, key: str, *, crewed: bool = False
    ) -> ox.NamedNode:
        """Add an entity (types, labels) and the statement of the mention that names it."""
        iri = self.iri(kind, label)
        self.add(iri, RDF + "type", ox.NamedNode(cls))
        if kind in ("person", "organization"):
            self.add(iri, RDF + "type", ox.NamedNode(SCHEMA + ("Person" if kind == "person" else "Organization")))
            self.add(iri, SCHEMA + "name", ox.Literal(label))
        if crewed:
            self.add(iri, RDF + "type", ox.NamedNode(SM + "CrewedSpaceflight"))
        self.add(iri, RDFS + "label", ox.Literal(label))
        self.statement((iri, RDFS + "label", ox.Literal(label)), sentence, key, "mention", "named-entity")
        return iri

    def concept(self, scheme: str, label: str, cls: str, in_scheme: str) -> ox.NamedNode:
        """Add a SKOS concept (a crew role, an occupation)."""
        iri = ox.NamedNode(f"{self.base}{scheme}/{slugify(label)}")
        self.add(iri, RDF + "type", ox.NamedNode(cls))
        self.add(iri, RDF + "type", ox.NamedNode(SKOS + "Concept"))
        self.add(iri, SKOS + "prefLabel", ox.Literal(label))
        self.add(iri, RDFS + "label", ox.Literal(label))
        self.add(iri, SKOS + "inScheme", ox.NamedNode(in_scheme))
        return iri

    def crew_member(self, mission: ox.NamedNode, person: ox.NamedNode, role: str, sentence: Sentence, key: str) -> None:
        """Add sm:crewMember, its statement, and the crew assignment node with the role."""
        statement = self.fact(mission, SM + "crewMember", person, sentence, key, "crew_member", "crew-list")
        m_slug, p_slug = mission.value.rsplit("/", 1)[-1], person.value.rsplit("/", 1)[-1]
        parts = [m_slug, p_slug, *([slugify(role)] if role else [])]
        assignment = ox.NamedNode(f"{self.base}crew-assignment/{'--'.join(parts)}")
        self.add(assignment, RDF + "type", ox.NamedNode(SM + "CrewAssignment"))
        self.add(assignment, RDFS + "label", ox.Literal(f"{p_slug} {role or 'crew'} on {m_slug}"))
        self.add(mission, SM + "crewAssignment", assignment)
        self.add(assignment, SM + "onMission", mission)
        self.add(assignment, SM + "assignee", person)
        self.add(assignment, PROV + "wasDerivedFrom", statement)
        if role:
            self.add(assignment, SM + "crewRole", self.concept("role", role, SM + "CrewRole", SM + "CrewRoles"))

    def _add_film(self, mission: ox.NamedNode) -> None:
        assert self.mission.film is not None
        title, director_name, star_name = self.mission.film
        sentence = self.sentences[-1]
        film = self.entity("film", title, SM + "Film", sentence, "film")
        director = self.entity("person", director_name, SM + "Person", sentence, "director")
        star = self.entity("person", star_name, SM + "Person", sentence, "star")
        self.fact(film, SM + "director", director, sentence, "director", "director", "directed-by")
        self.fact(film, SM + "castMember", star, sentence, "star", "cast_member", "will-star-in")
        self.fact(film, SM + "about", mission, sentence, "film", "about", "shot-aboard")


class SortedPrefixes(io.RawIOBase):
    """A writer that sorts the @prefix lines at the head of the output (Oxigraph writes them in any order)."""

    def __init__(self, out: IO[bytes]) -> None:
        super().__init__()
        self._out = out
        self._head: bytearray | None = bytearray()

    def writable(self) -> bool:
        """Whether one can write to it (always)."""
        return True

    def write(self, data: Any) -> int:
        """Write `data`, holding back the head until the first line that is not a prefix declaration."""
        data = bytes(data)
        if self._head is None:
            self._out.write(data)
            return len(data)
        self._head += data
        lines = bytes(self._head).split(b"\n")
        prefix_lines = 0
        while prefix_lines < len(lines) - 1 and lines[prefix_lines].startswith(b"@prefix "):
            prefix_lines += 1
        if prefix_lines < len(lines) - 1:
            self._out.write(b"".join(line + b"\n" for line in sorted(lines[:prefix_lines])))
            self._out.write(b"\n".join(lines[prefix_lines:]))
            self._head = None
        return len(data)

    def close(self) -> None:
        """Flush what is held back."""
        if self._head is not None:
            self._out.write(bytes(self._head))
            self._head = None
        super().close()


def generate(triples: int, seed: int = 42) -> Iterator[ox.Quad]:
    """Yield about `triples` quads (whole articles, so a few hundred more at most), the same for the same seed."""
    if triples < 1:
        raise ValueError("--triples must be at least 1")
    missions = make_missions(max(1, triples // 2000), max(12, triples // 700), seed)
    written = 0
    number = 0
    while written < triples:
        rng = random.Random(f"{seed}:article:{number}")
        # The first article is always about the anchor mission; the others about any mission.
        mission = missions[0] if number == 0 else missions[rng.randrange(len(missions))]
        quads = ArticleWriter(number, mission, rng).build()
        written += len(quads)
        number += 1
        yield from quads


def write(path: Path, triples: int, seed: int = 42) -> int:
    """Write the synthetic graph to `path` (.nq or .trig, optionally .gz); return the number of quads."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".nq"):
        fmt = ox.RdfFormat.N_QUADS
    elif name.endswith(".trig"):
        fmt = ox.RdfFormat.TRIG
    else:
        raise ValueError(f"{path}: write .nq, .trig, .nq.gz or .trig.gz")
    count = 0

    def counted() -> Iterator[ox.Quad]:
        nonlocal count
        for quad in generate(triples, seed):
            count += 1
            yield quad

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with partial.open("wb") as raw:
        prefixes = PREFIXES if fmt == ox.RdfFormat.TRIG else None
        if path.name.endswith(".gz"):
            # mtime=0 so that the same seed gives the same bytes.
            with gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=3, mtime=0) as zipped:
                ox.serialize(
                    counted(), cast(IO[bytes], SortedPrefixes(cast(IO[bytes], zipped))), format=fmt, prefixes=prefixes
                )
        else:
            ox.serialize(counted(), cast(IO[bytes], SortedPrefixes(raw)), format=fmt, prefixes=prefixes)
    partial.replace(path)
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic graph of a given size."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=100_000, help="about how many triples (default 100000)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--out", type=Path, required=True, help="output file: .nq, .trig, .nq.gz or .trig.gz")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        count = write(args.out, args.triples, args.seed)
    except (ValueError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {count:,} quads to {args.out} in {time.perf_counter() - started:.1f} s.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
