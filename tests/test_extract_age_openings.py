"""An age opening the clause before a name ('At age 77, A', 'At the age of 61, B') is that person's age (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_at_age_before_a_name_is_the_age() -> None:
    ext = run("Walter Glenn flew aboard Atlantis in 1998. At age 77, Glenn was the oldest person to fly in space.\n")
    assert objects(ext, "age", "Walter Glenn") == {"77"}


def test_at_the_age_of_before_a_name_is_the_age() -> None:
    ext = run("At the age of 61, Maria Ortiz became the oldest woman to reach orbit aboard Atlantis.\n")
    assert objects(ext, "age", "Maria Ortiz") == {"61"}
