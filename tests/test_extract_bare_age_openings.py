"""A bare age of 16 to 99 opening the clause before a name ('At 77, A was the oldest ...') is that person's age, as
'At age 77' is; an hour ('At 9, B woke') is not (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_a_bare_age_opening_the_clause_before_a_name_is_the_age() -> None:
    ext = run("Walter Glenn flew aboard Atlantis in 1998. At 77, Glenn was the oldest person to fly in space.\n")
    assert objects(ext, "age", "Walter Glenn") == {"77"}


def test_an_hour_opening_the_clause_is_no_age() -> None:
    ext = run("Walter Glenn flew aboard Atlantis in 1998. At 9, Glenn and the crew woke to music.\n")
    assert objects(ext, "age", "Walter Glenn") == set()
