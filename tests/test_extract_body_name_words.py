"""Words of a body's name are no person ('... of Applied and Theoretical Mechanics'), and a nationality before a
trade ('founder of the French chocolate maker C') is no organisation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _labels(text: str, kind: str) -> set[str]:
    ext = run(text)
    return {e.label for e in ext.entities.values() if e.kind == kind}


def test_the_tail_of_a_body_name_after_and_is_no_person() -> None:
    people = _labels("The film was made with help from the Institute of Applied and Theoretical Mechanics.\n", "person")
    assert "Theoretical Mechanics" not in people


def test_people_joined_by_and_are_still_people() -> None:
    people = _labels("The crew was greeted by Mark Oldfield and Pierre Dumas at the landing site.\n", "person")
    assert {"Mark Oldfield", "Pierre Dumas"} <= people


def test_a_nationality_after_founder_of_is_no_organisation() -> None:
    orgs = _labels(
        "The capsule carried Pierre Dumas, founder of the Belgian chocolate maker Cacao Nord, to space.\n",
        "organization",
    )
    assert "Belgian" not in orgs
