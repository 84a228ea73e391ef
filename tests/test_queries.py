"""The competency queries, run by Oxigraph over a built article plus ontology/*.ttl, as the scorer runs them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from kg.extract.model import Value
from kg.rdf.build import build_graph
from kg.store import KGStore
from tests.rdf_samples import (
    ONTOLOGY_DIR,
    PROJECT_DIR,
    SOYUZ_SENTENCES,
    ArticleWriter,
    load_store,
    run_query,
    soyuz_extraction,
    values,
)

# The variables each query must return (COMPETENCY.md).
VARIABLES = {
    "cq01-missions": ["mission", "missionLabel"],
    "cq02-launches": ["missionLabel", "launchDate", "siteLabel"],
    "cq03-crew": ["mission", "missionLabel", "person", "personName", "roleLabel"],
    "cq04-vehicles": ["missionLabel", "spacecraftLabel", "rocketLabel"],
    "cq05-destinations": ["missionLabel", "destinationLabel"],
    "cq06-landings": ["missionLabel", "landingDate", "landingSiteLabel"],
    "cq07-figures": ["missionLabel", "duration", "altitudeKm"],
    "cq08-films": ["filmTitle", "directorName", "castName"],
    "cq09-people": ["person", "personName", "age", "occupationLabel"],
    "cq10-organizations": ["orgName", "missionLabel"],
    "cq11-timeline": ["eventLabel", "date"],
    "cq12-evidence": ["subject", "predicate", "object", "sentence"],
}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load_store(build_graph(soyuz_extraction()))


def test_exactly_the_twelve_query_files_exist() -> None:
    assert sorted(p.stem for p in (PROJECT_DIR / "queries").glob("cq*.rq")) == sorted(VARIABLES)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_query_starts_with_a_comment_and_returns_its_variables(store: ox.Store, name: str) -> None:
    text = (PROJECT_DIR / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    assert re.match(r"# CQ\d\d: \S", text)
    solutions = store.query(text, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    assert set(VARIABLES[name]) <= {v.value for v in solutions.variables}


def test_cq01_missions(store: ox.Store) -> None:
    assert values(run_query(store, "cq01"), "missionLabel", "status") == {("Soyuz MS-19", "under way")}


def test_cq02_launches(store: ox.Store) -> None:
    rows = values(run_query(store, "cq02"), "missionLabel", "launchDate", "siteLabel")
    assert rows == {("Soyuz MS-19", "2021-10-05T11:55:00+03:00", "Baikonur Cosmodrome")}


def test_cq03_one_row_per_role_and_no_role_unbound(store: ox.Store) -> None:
    rows = values(run_query(store, "cq03"), "missionLabel", "personName", "roleLabel")
    assert rows == {
        ("Soyuz MS-19", "Yulia Peresild", "actress"),
        ("Soyuz MS-19", "Anton Shkaplerov", "commander"),
        ("Soyuz MS-19", "Klim Shipenko", None),
    }


def test_cq03_two_roles_give_two_rows() -> None:
    writer = ArticleWriter("roles", SOYUZ_SENTENCES)
    mission = writer.entity("soyuz-ms-19", "mission", "Soyuz MS-19")
    person = writer.entity("anton-shkaplerov", "person", "Anton Shkaplerov")
    writer.fact(mission, "crew_member", person, "Commander Anton Shkaplerov", role="commander")
    writer.fact(mission, "crew_member", person, "Anton Shkaplerov", role="flight engineer")
    rows = values(run_query(load_store(build_graph(writer.extraction())), "cq03"), "personName", "roleLabel")
    assert rows == {("Anton Shkaplerov", "commander"), ("Anton Shkaplerov", "flight engineer")}


def test_cq04_vehicles(store: ox.Store) -> None:
    rows = values(run_query(store, "cq04"), "missionLabel", "spacecraftLabel", "rocketLabel")
    assert rows == {("Soyuz MS-19", "Soyuz MS-19", "Soyuz-2.1a")}


def test_cq05_destinations(store: ox.Store) -> None:
    rows = values(run_query(store, "cq05"), "missionLabel", "destinationLabel")
    assert rows == {("Soyuz MS-19", "International Space Station")}


def test_cq06_landings(store: ox.Store) -> None:
    rows = values(run_query(store, "cq06"), "missionLabel", "landingDate", "landingSiteLabel")
    assert rows == {("Soyuz MS-19", "2021-10-17", "Earth")}


def test_cq07_figures(store: ox.Store) -> None:
    (row,) = run_query(store, "cq07")
    assert row["duration"].value == "P12D"
    assert row["duration"].datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#duration")  # type: ignore[union-attr]
    assert float(row["altitudeKm"].value) == 408


def test_cq08_films(store: ox.Store) -> None:
    rows = values(run_query(store, "cq08"), "filmTitle", "directorName", "castName")
    assert rows == {("The Challenge", "Klim Shipenko", "Yulia Peresild")}


def test_cq09_people_with_age_and_occupation(store: ox.Store) -> None:
    rows = values(run_query(store, "cq09"), "personName", "age", "occupationLabel")
    assert ("Yulia Peresild", "37", "actress") in rows
    assert ("Klim Shipenko", None, "film director") in rows
    assert ("Anton Shkaplerov", None, None) in rows
    assert ("Test Writer", None, None) in rows  # the article's author is a person too


def test_cq10_organizations_with_and_without_flights() -> None:
    writer = ArticleWriter("orgs", SOYUZ_SENTENCES)
    mission = writer.entity("soyuz-ms-19", "mission", "Soyuz MS-19")
    craft = writer.entity("craft", "spacecraft", "Soyuz MS-19")
    writer.entity("roscosmos", "organization", "Roscosmos")
    writer.entity("energia", "organization", "Energia", "Moscow")
    writer.entity("charity", "organization", "A Charity", "charity")
    writer.fact(mission, "spacecraft", craft, "Soyuz MS-19")
    writer.fact(mission, "operator", "roscosmos", "Roscosmos operates")
    writer.fact(craft, "builder", "energia", "Soyuz MS-19 spacecraft")
    rows = values(run_query(load_store(build_graph(writer.extraction())), "cq10"), "orgName", "missionLabel")
    assert rows == {("Roscosmos", "Soyuz MS-19"), ("Energia", "Soyuz MS-19"), ("A Charity", None)}


def test_cq11_timeline_in_time_order(store: ox.Store) -> None:
    rows = run_query(store, "cq11")
    dates = [r["date"].value for r in rows]
    assert dates == sorted(dates)
    assert [(r["eventLabel"].value, r["date"].value[:10]) for r in rows] == [
        ("Roscosmos announces the launch", "2021-10-04"),
        ("launch of Soyuz MS-19", "2021-10-05"),
        ("landing of Soyuz MS-19", "2021-10-17"),
    ]


def test_cq11_orders_years_and_months_among_dates() -> None:
    writer = ArticleWriter("dates", SOYUZ_SENTENCES)
    for key, lexical, kind in [("a", "2022", "gYear"), ("b", "2021-10-17", "date"), ("c", "2021-11", "gYearMonth")]:
        writer.entity(key, "event", f"event {key}", "Earth")
        writer.fact(key, "date", Value(lexical, kind), "Earth")  # type: ignore[arg-type]
    rows = run_query(load_store(build_graph(writer.extraction())), "cq11")
    assert [r["date"].value for r in rows] == ["2021-10-17", "2021-11", "2022"]


def test_cq12_one_row_per_statement_with_the_exact_sentence(store: ox.Store) -> None:
    extraction = soyuz_extraction()
    rows = run_query(store, "cq12")
    mentions = sum(len(e.mentions) for e in extraction.entities.values())
    assert len(rows) == len(extraction.facts) + mentions
    assert {r["sentence"].value for r in rows} <= set(SOYUZ_SENTENCES)
    crew_sentence = {
        r["sentence"].value for r in rows if r["object"].value == "https://w3id.org/spacekg/person/anton-shkaplerov"
    }
    assert crew_sentence == {SOYUZ_SENTENCES[2]}


def open_copies(copies: int) -> KGStore:
    """A KGStore holding the Soyuz article under `copies` graph names, plus ontology/*.ttl in the default graph."""
    graph = build_graph(soyuz_extraction())
    kg = KGStore.open(None)
    for n in range(copies):
        kg.replace_graph(f"{graph.identifier}/copy-{n}", graph)
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        kg.bulk_load(path, ox.RdfFormat.TURTLE, None)
    return kg


def answer_rows(kg: KGStore, text: str) -> Counter[tuple[str | None, ...]]:
    """The query's rows over the union of all graphs, as a multiset of tuples (None for unbound)."""
    solutions = kg.native_query(text)
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [v.value for v in solutions.variables]
    return Counter(tuple(None if s[v] is None else str(s[v]) for v in variables) for s in solutions)


@pytest.fixture(scope="module")
def one_copy() -> Iterator[KGStore]:
    kg = open_copies(1)
    yield kg
    kg.close()


@pytest.fixture(scope="module")
def forty_copies() -> Iterator[KGStore]:
    kg = open_copies(40)
    yield kg
    kg.close()


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_an_article_in_forty_graphs_gives_the_same_rows_as_in_one(
    one_copy: KGStore, forty_copies: KGStore, name: str
) -> None:
    text = (PROJECT_DIR / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    expected = answer_rows(one_copy, text)
    assert expected, "the Soyuz article answers every question"
    assert answer_rows(forty_copies, text) == expected


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_no_join_multiplies_rows_with_the_number_of_graphs(one_copy: KGStore, name: str) -> None:
    # Without its final DISTINCT a query shows what its joins produce: the same rows for three copies of an
    # article as for one, if every join is over DISTINCT subqueries (a triple in k graphs comes back k times).
    text = (PROJECT_DIR / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    undistinct = re.sub(r"^SELECT DISTINCT ", "SELECT ", text, count=1, flags=re.MULTILINE)
    three_copies = open_copies(3)
    try:
        assert answer_rows(three_copies, undistinct) == answer_rows(one_copy, undistinct)
    finally:
        three_copies.close()
