"""People and crew on unseen wording: a role opening an inverted sentence, people 'of the <flight>
mission', a possessed role ('the commander's daughter'), compound roles that are no trade ('command pilot'),
capitalised words modifying a trade noun ('the Air Force major') and trades in appositions."""

from __future__ import annotations

import pytest

from kg.extract.model import Extraction
from tests.test_extract_support import crew, objects, run


def _people(ext: Extraction) -> set[str]:
    """Return the labels of the people found."""
    return {e.label for e in ext.entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "The Crew-61 mission lifted off on Monday. Commanding the flight is ESA's Ines Halvorsen, 47.",
            "Ines Halvorsen",
            "commander",
        ),
        (
            "The Crew-61 mission lifted off on Monday. Piloting the capsule will be Thomas Ruelle.",
            "Thomas Ruelle",
            "pilot",
        ),
        (
            "The Crew-61 mission lifted off on Monday. In command is veteran Oskar Lindqvist.",
            "Oskar Lindqvist",
            "commander",
        ),
    ],
)
def test_a_role_opening_an_inverted_sentence_goes_to_the_name_after_it(body: str, name: str, role: str) -> None:
    ext = run(body)
    assert role in crew(ext, "Crew-61").get(name, set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Coming home with them are Sarah Okafor and cosmonaut Ilya Vostrikov of the Crew-58 mission.",
        "The capsule will bring back Sarah Okafor and Ilya Vostrikov, 41, of the Crew-58 crew next week.",
    ],
)
def test_people_of_a_named_flight_are_its_crew(sentence: str) -> None:
    ext = run("The Crew-59 mission lifted off on Monday with four astronauts. " + sentence)
    found = crew(ext, "Crew-58")
    assert {"Sarah Okafor", "Ilya Vostrikov"} <= set(found)
    assert "Sarah Okafor" not in crew(ext, "Crew-59")


def test_a_possessed_role_in_an_apposition_is_not_the_persons_role() -> None:
    ext = run(
        "The Apollo 19 crew, led by commander Ray Dunmore, splashed down in 1973. "
        "Susan Dunmore Keller, 61, the commander's youngest son's wife, spoke at the museum."
    )
    assert "Susan Dunmore Keller" not in crew(ext, "Apollo 19")
    assert objects(ext, "age", "Susan Dunmore Keller") == {"61"}


def test_a_compound_crew_role_gives_the_role_and_no_trade() -> None:
    ext = run("The Gemini 13 flight launched in 1966. Arlo Penning, the command pilot, kept the craft steady.")
    assert "command pilot" in crew(ext, "Gemini 13").get("Arlo Penning", set())
    assert "pilot" not in objects(ext, "occupation", "Arlo Penning")


@pytest.mark.parametrize(
    ("sentence", "name", "occupation"),
    [
        ("Pilot Nola Brandt, the 38-year-old Air Force major, joined the crew.", "Nola Brandt", "Air Force major"),
        (
            "Beside her sat Quill Ferrante, the 52-year-old Navy captain on his first trip.",
            "Quill Ferrante",
            "Navy captain",
        ),
    ],
)
def test_capitalised_words_before_a_trade_noun_name_no_one(sentence: str, name: str, occupation: str) -> None:
    ext = run(sentence)
    assert _people(ext) == {name}
    assert occupation in objects(ext, "occupation", name)


@pytest.mark.parametrize(
    ("sentence", "name", "occupation"),
    [
        ("Juno Abara, a former smokejumper for the state, carried seeds.", "Juno Abara", "smokejumper"),
        ("Tamsin Orwell, the 29-year-old stewardess for a regional airline, flew too.", "Tamsin Orwell", "stewardess"),
        (
            "Levin Marsh, 70, a real estate developer from Tampa, bought the seat.",
            "Levin Marsh",
            "real estate developer",
        ),
        ("Ezra Koval, the chief architect of the booster, rode along.", "Ezra Koval", "chief architect"),
    ],
)
def test_a_trade_in_an_apposition_is_the_occupation(sentence: str, name: str, occupation: str) -> None:
    ext = run(sentence)
    assert objects(ext, "occupation", name) == {occupation}
