"""'B and C D' after a person named 'A B' is that person and C D, not a 'B D' sharing C's surname (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_a_surname_met_before_shares_no_surname_with_the_next_name() -> None:
    ext = run(
        "Senator Walter Glenn will fly aboard Atlantis next week. Tests will study Glenn and Pedro Ortiz "
        "as they sleep in orbit.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert people == {"Walter Glenn", "Pedro Ortiz"}


def test_two_given_names_still_share_a_surname() -> None:
    ext = run("Atlantis will carry the couple, Glenn and Maria Ortiz, next week.\n")
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert people == {"Glenn Ortiz", "Maria Ortiz"}
