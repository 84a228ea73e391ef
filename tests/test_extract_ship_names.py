"""A ship named for a person ('USS Edward J. Barlow') is a ship, not a person (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_a_name_after_a_ship_prefix_is_no_person() -> None:
    ext = run(
        "Orbitco 4 splashed down in the Atlantic. Recovery was by USS Edward J. Barlow (DD-901), and the capsule "
        "was lifted aboard the destroyer HMS Mary Kettering an hour later.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert not people & {"Edward J. Barlow", "Mary Kettering"}
