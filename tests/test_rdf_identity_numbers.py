"""Numbered flights keep their identity across articles: Artemis I is never Artemis VIII, Gemini V is Gemini 5."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg.rdf.identity import compare_names, designators
from tests.cli_runner import PROJECT_DIR, run_kg

ARTICLES = PROJECT_DIR / "tests" / "data" / "identity"
# The order matters: each article's flight is compared with the flights, and the spellings merged into
# them, of the articles before it; Artemis VIII first is the order that chained I into VIII.
ORDER = [
    "artemis-viii-crew",
    "artemis-iii-landing",
    "artemis-ii-review",
    "artemis-i-heat-shield",
    "artemis-i-data",
    "gemini-v-endurance",
    "gemini-5-capsule",
    "gemini-5-stamps",
]
MISSION = "https://w3id.org/spacekg/mission/"


@pytest.mark.parametrize(
    ("name", "person", "expected"),
    [
        ("Artemis VIII", False, ["8"]),
        ("Artemis I", False, ["1"]),
        ("Landing of Artemis II", False, ["2"]),
        ("Apollo XIII", False, ["13"]),
        ("Gemini IV", False, ["4"]),
        ("Apollo 11", False, ["11"]),
        ("Soyuz MS-19", False, ["ms", "19"]),
        ("Boeing X-37B", False, ["x", "37", "b"]),  # a code before a number, not ten
        ("Michael V. Smith", True, []),  # a middle initial, not five
        ("Charles III", True, ["3"]),
        ("Xi Jinping", True, []),  # a word that opens a name
    ],
)
def test_designators_read_roman_numerals_as_numbers(name: str, person: bool, expected: list[str]) -> None:
    assert designators(name, person=person) == expected


@pytest.mark.parametrize(
    ("new", "known"),
    [
        # The chain of the report: each spelling merged into Artemis VIII became an altLabel of it.
        ("Artemis I", ["Artemis VIII", "Artemis III", "Artemis II"]),
        ("Artemis II", ["Artemis VIII", "Artemis III"]),
        ("Artemis III", ["Artemis VIII"]),
        ("Landing of Artemis I", ["Landing of Artemis VIII"]),
        ("Gemini XII", ["Gemini XI"]),
        ("Apollo XII", ["Apollo XIII"]),
    ],
)
def test_flights_numbered_differently_are_never_matched(new: str, known: list[str]) -> None:
    assert compare_names([new], known, person=False) is None


@pytest.mark.parametrize(
    ("new", "known"),
    [("Gemini V", "Gemini 5"), ("Artemis 1", "Artemis I"), ("Apollo XIII", "Apollo 13"), ("Shenzhou V", "Shenzhou 5")],
)
def test_one_number_in_roman_and_arabic_numerals_is_one_flight(new: str, known: str) -> None:
    assert compare_names([new], [known], person=False) == ("alias", 99.0, new)


def test_the_graph_validates_after_reingesting_revised_articles_and_flights_stay_apart(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "no-seeds").mkdir()
    assert run_kg(store, "build", "--seeds", str(tmp_path / "no-seeds")).exit_code == 0
    ingested = run_kg(store, "ingest", *(str(ARTICLES / f"{name}.txt") for name in ORDER))
    assert ingested.exit_code == 0, ingested.output
    validated = run_kg(store, "validate")
    assert validated.exit_code == 0, validated.output
    revised = run_kg(store, "ingest", *(str(p) for p in sorted((ARTICLES / "revised").glob("*.txt"))))
    assert revised.exit_code == 0, revised.output

    validated = run_kg(store, "validate")
    assert validated.exit_code == 0, validated.output
    assert missions(store) == {
        MISSION + "artemis-i": {"Artemis I"},
        MISSION + "artemis-ii": {"Artemis II"},
        MISSION + "artemis-iii": {"Artemis III"},
        MISSION + "artemis-viii": {"Artemis VIII"},
        MISSION + "gemini-v": {"Gemini V", "Gemini 5"},
    }

    assert run_kg(store, "remove", "gemini-v-endurance").exit_code == 0
    validated = run_kg(store, "validate")
    assert validated.exit_code == 0, validated.output


def missions(store: Path) -> dict[str, set[str]]:
    """Each mission IRI in the store with its labels and altLabels, as `kg query` answers."""
    query = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX sm: <https://w3id.org/spacekg/ontology#>
        SELECT ?m ?l WHERE { ?m a sm:Mission . { ?m rdfs:label ?l } UNION { ?m skos:altLabel ?l } }"""
    result = run_kg(store, "query", query, "--format", "csv")
    assert result.exit_code == 0, result.output
    found: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(result.output)):
        found.setdefault(row["m"], set()).add(row["l"])
    return found
