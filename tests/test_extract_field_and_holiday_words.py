"""Names of sciences ('Plant Science') and holidays ('New Year's Day') are no person (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _people(body: str) -> set[str]:
    ext = run(body)
    return {e.label for e in ext.entities.values() if e.kind == "person"}


def test_fields_of_science_in_a_list_are_no_people() -> None:
    people = _people("The laboratory carried 40 Space Plant Science and Fluid Physics Science experiments.\n")
    assert people == set()


def test_a_holiday_is_no_person_beside_a_crewman() -> None:
    people = _people("The third crewman, test pilot Karl Odum, 44, will come home by New Year's Day with the others.\n")
    assert people == {"Karl Odum"}
