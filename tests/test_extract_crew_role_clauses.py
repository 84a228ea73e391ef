"""A crew role told in a relative clause ('A, who commanded the flight, pilot B and ...') or as a double role
before the name ('mission specialist and medical officer C') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_role_in_a_relative_clause_after_the_name() -> None:
    ext = run(
        "The shuttle Atlantis landed on Sunday, ending mission STS-140. Bad weather delayed the landing, but "
        "Laura Finch, who commanded the flight, pilot Omar Haddad and mission specialist Dana Ruiz touched down "
        "at 4 pm.\n"
    )
    found = crew(ext, "STS-140")
    assert set(found) == {"Laura Finch", "Omar Haddad", "Dana Ruiz"}
    assert found["Laura Finch"] == {"commander"}


def test_a_double_role_before_the_name_gives_both_roles() -> None:
    ext = run(
        "The Crew Dragon splashed down on Sunday, ending the Polaris Sky mission. The crew were commander Jon "
        "Hale, pilot Sam Reed and mission specialist and medical officer Ann Lowe.\n"
    )
    assert crew(ext, "Polaris Sky") == {
        "Jon Hale": {"commander"},
        "Sam Reed": {"pilot"},
        "Ann Lowe": {"mission specialist", "medical officer"},
    }
