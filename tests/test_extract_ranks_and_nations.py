"""Ranks, nationality words and armed services around crew names (issue 11): 'Col. A', 'Slovak B',
'the Spanish Air Force' are no part of a person's name, and a crew that 'will include' people names its members."""

from __future__ import annotations

from kg.extract.model import Extraction
from tests.test_extract_support import crew, objects, run


def _labels(ext: Extraction, kind: str) -> set[str]:
    return {e.label for e in ext.entities.values() if e.kind == kind}


def test_a_crew_that_will_include_ranked_officers_names_its_members() -> None:
    ext = run(
        "Orbitco's Galactic 09 flight is set to launch Friday. The crew will include Col. Marco Bellini and "
        "Lt. Col. Dario Festa with the Spanish Air Force, and Tomas Vik from the Nordic Research Institute.\n"
    )
    assert set(crew(ext, "Galactic 09")) == {"Marco Bellini", "Dario Festa", "Tomas Vik"}


def test_an_air_force_named_with_a_nationality_is_an_organisation_not_a_person() -> None:
    ext = run(
        "Orbitco's Galactic 09 flight is set to launch Friday with two officers of the Spanish Air Force aboard, "
        "Col. Marco Bellini and Lt. Col. Dario Festa.\n"
    )
    assert "Spanish Air Force" in _labels(ext, "organization")
    assert not any("Spanish" in name or "Air Force" in name for name in _labels(ext, "person"))


def test_a_nationality_word_before_a_name_is_the_persons_nationality_not_part_of_the_name() -> None:
    ext = run(
        "A Soyuz capsule docked with the Mir station on Monday. The hatches were opened and Russian commander "
        "Pavel Orlov, Frenchman Luc Moreau and Slovak Juraj Kovac floated inside.\n"
    )
    people = _labels(ext, "person")
    assert "Juraj Kovac" in people
    assert not any(name.startswith(("Slovak", "Frenchman")) for name in people)
    assert objects(ext, "nationality", "Juraj Kovac") == {"Slovak"}
