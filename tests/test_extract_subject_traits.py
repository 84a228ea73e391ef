"""A person's age and occupations said of them as the subject of a sentence: 'A, 33, is a space rookie who is a
lieutenant colonel', 'B is a 61-year-old veteran', 'C reached space at the age of 88' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run

_TEXT = (
    "Soyuz T-40 lifted off on Tuesday with commander Pavel Orlov and engineer Ivan Sidorin. Orlov, 33, is a "
    "space rookie who is a lieutenant colonel in the air force. Sidorin is a 61-year-old veteran who first flew "
    "in 1978. Ed Barker reached space at the age of 88, making him the oldest person to fly.\n"
)


def test_an_occupation_in_a_relative_clause_after_is_a() -> None:
    assert ("Pavel Orlov", "lieutenant colonel") in facts(run(_TEXT), "occupation")


def test_an_age_before_the_noun_after_is_a() -> None:
    assert ("Ivan Sidorin", "61") in facts(run(_TEXT), "age")


def test_an_age_told_as_at_the_age_of() -> None:
    assert ("Ed Barker", "88") in facts(run(_TEXT), "age")


def test_an_age_of_another_person_named_first_is_not_the_subjects() -> None:
    ext = run("Laura Finch met Omar Haddad, who flew at the age of 77, at the launch site.\n")
    assert ("Laura Finch", "77") not in facts(ext, "age")
