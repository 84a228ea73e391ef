"""Hand-built extractions (our own short articles, offsets computed from the text) for the RDF tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.extract.model import Article, Entity, EntityKind, Evidence, Extraction, Fact, Span, Value

PROJECT_DIR = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_DIR / "ontology"
HEADER = " date 2021-10-06 By Test Writer 10/06/2021 – 11:00 AM\n\n\n\n"
SOYUZ_SENTENCES = [
    "Russian actress Yulia Peresild, 37, flew to the International Space Station aboard Soyuz MS-19 on Tuesday.",
    "The Soyuz MS-19 spacecraft lifted off on a Soyuz-2.1a rocket from the Baikonur Cosmodrome "
    "at 11:55 a.m. Moscow time.",
    "Commander Anton Shkaplerov leads the crew, which includes film director Klim Shipenko.",
    "The crew will spend 12 days in space, 408 km above Earth, and land on October 17.",
    "Their film, \u2018The Challenge\u2019, is directed by Shipenko.",
    "Roscosmos operates the flight, which is raising 200 million dollars for charity.",
    "On Monday Roscosmos announced the launch on Twitter.",
]


@dataclass
class ArticleWriter:
    """Builds an Extraction over `sentences`, finding each phrase's offsets in the text."""

    article_id: str
    sentences: list[str]
    published: date = date(2021, 10, 6)
    author: str | None = "Test Writer"
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = HEADER + " ".join(self.sentences) + "\n"
        self.sentence_spans = []
        cursor = len(HEADER)
        for sentence in self.sentences:
            begin = self.text.index(sentence, cursor)
            self.sentence_spans.append(Span(begin, begin + len(sentence)))
            cursor = begin + len(sentence)

    def evidence(self, phrase: str, rule: str = "test-rule", confidence: float = 0.9, nth: int = 0) -> Evidence:
        """Evidence for the `nth` occurrence of `phrase` after the header, with its sentence."""
        begin = len(HEADER) - 1
        for _ in range(nth + 1):
            begin = self.text.index(phrase, begin + 1)
        end = begin + len(phrase)
        sentence = next(s for s in self.sentence_spans if s.begin <= begin and end <= s.end)
        return Evidence(Span(begin, end), sentence, rule, confidence)

    def entity(self, key: str, kind: EntityKind, label: str, *mentions: str, alt: tuple[str, ...] = ()) -> str:
        """Add an entity mentioned by the given phrases; return its key."""
        self.entities[key] = Entity(
            key, kind, label, set(alt), [self.evidence(m, "mention-rule") for m in mentions or (label,)]
        )
        return key

    def fact(self, subject: str, predicate: str, obj: str | Value, phrase: str, role: str | None = None) -> None:
        """Add a fact supported by `phrase`."""
        self.facts.append(Fact(subject, predicate, obj, self.evidence(phrase, f"{predicate}-rule"), role))

    def extraction(self) -> Extraction:
        """The finished Extraction."""
        article = Article(self.article_id, self.text, self.published, self.author)
        return Extraction(article, dict(self.entities), list(self.facts), list(self.sentence_spans))


def soyuz_extraction(article_id: str = "soyuz-sample") -> Extraction:
    """A small Soyuz MS-19 article with every kind of fact the mapping handles."""
    w = ArticleWriter(article_id, SOYUZ_SENTENCES)
    m = w.entity("soyuz-ms-19", "mission", "Soyuz MS-19")
    # The spacecraft's Entity.key is the mission's: their kinds keep their IRIs apart.
    craft = w.entity("soyuz-ms-19-craft", "spacecraft", "Soyuz MS-19", "Soyuz MS-19 spacecraft")
    w.entities[craft].key = "soyuz-ms-19"
    rocket = w.entity("soyuz-2-1a", "launch_vehicle", "Soyuz-2.1a")
    site = w.entity("baikonur-cosmodrome", "launch_site", "Baikonur Cosmodrome")
    iss = w.entity("iss", "station", "International Space Station")
    peresild = w.entity("yulia-peresild", "person", "Yulia Peresild", "Yulia Peresild", "actress")
    shkaplerov = w.entity("anton-shkaplerov", "person", "Anton Shkaplerov")
    shipenko = w.entity("klim-shipenko", "person", "Klim Shipenko", "Klim Shipenko", "Shipenko", alt=("Shipenko",))
    roscosmos = w.entity("roscosmos", "organization", "Roscosmos", "Roscosmos", "Roscosmos announced")
    film = w.entity("the-challenge", "film", "The Challenge", "The Challenge")
    earth = w.entity("earth", "place", "Earth")
    announcement = w.entity("launch-announcement", "event", "Roscosmos announces the launch", "announced the launch")

    w.fact(m, "status", Value("underway"), "flew to the International Space Station")
    w.fact(m, "launch_date", Value("2021-10-05T11:55:00+03:00", "dateTime"), "11:55 a.m. Moscow time")
    w.fact(m, "launch_site", site, "from the Baikonur Cosmodrome")
    w.fact(m, "spacecraft", craft, "The Soyuz MS-19 spacecraft")
    w.fact(m, "launch_vehicle", rocket, "on a Soyuz-2.1a rocket")
    w.fact(m, "destination", iss, "to the International Space Station")
    w.fact(m, "crew_member", peresild, "Yulia Peresild", role="actress")
    w.fact(m, "crew_member", shkaplerov, "Commander Anton Shkaplerov", role="Commander")
    w.fact(m, "crew_member", shipenko, "includes film director Klim Shipenko")
    w.fact(m, "duration", Value("P12D", "duration"), "12 days")
    w.fact(m, "altitude_km", Value("408", "decimal"), "408 km")
    w.fact(m, "landing_date", Value("2021-10-17", "date"), "land on October 17")
    w.fact(m, "landing_site", earth, "land on October 17")
    w.fact(m, "operator", roscosmos, "Roscosmos operates the flight")
    w.fact(m, "fundraising_goal", Value("200000000", "money", "USD"), "200 million dollars")
    w.fact(peresild, "age", Value("37", "integer"), "37")
    w.fact(peresild, "occupation", Value("actress"), "actress")
    w.fact(peresild, "nationality", Value("Russian"), "Russian")
    w.fact(shipenko, "occupation", Value("film director"), "film director")
    w.fact(film, "director", shipenko, "directed by Shipenko")
    w.fact(film, "cast_member", peresild, "Yulia Peresild")
    w.fact(film, "about", m, "Their film")
    w.fact(announcement, "event_type", Value("announcement"), "announced")
    w.fact(announcement, "date", Value("2021-10-04", "date"), "On Monday")
    w.fact(announcement, "about", m, "announced the launch")
    w.fact(announcement, "agent", roscosmos, "Roscosmos announced")
    return w.extraction()


def load_store(*graphs: Graph, ontology_dir: Path | None = ONTOLOGY_DIR) -> ox.Store:
    """An Oxigraph store holding each graph in its named graph, plus ontology/*.ttl (as score.py does)."""
    store = ox.Store()
    for graph in graphs:
        data = graph.serialize(format="nt", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(graph.identifier)))
    if ontology_dir is not None:
        for path in sorted(ontology_dir.glob("*.ttl")):
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def run_query(store: ox.Store, name: str) -> list[dict[str, ox.NamedNode | ox.Literal]]:
    """Run queries/{name}*.rq over the union of all graphs; rows as {variable: term} without unbound ones."""
    (path,) = sorted((PROJECT_DIR / "queries").glob(f"{name}*.rq"))
    solutions = store.query(path.read_text(encoding="utf-8"), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [v.value for v in solutions.variables]
    return [{v: s[v] for v in variables if s[v] is not None} for s in solutions]  # type: ignore[misc]


def values(rows: list[dict[str, ox.NamedNode | ox.Literal]], *columns: str) -> set[tuple[str | None, ...]]:
    """The distinct tuples of the given columns' lexical values (None when unbound)."""
    return {tuple(r[c].value if c in r else None for c in columns) for r in rows}
