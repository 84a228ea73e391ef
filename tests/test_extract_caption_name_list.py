"""A caption listing names ('Left to Right: A, B C D, E') is no Title-Case headline: three-word names stay whole
(issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_three_word_names_in_a_caption_list_stay_whole() -> None:
    ext = run(
        "Orbitco named the six people who will fly on its NS-31 flight on Friday.\n\n"
        "Upper Left to Right: Dana Kirk, Omar Haddad, Peter Wills; Lower Left to Right: Mary Ellen Walsh, "
        "Laura Shepard Quinn, David Berg\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "Laura Shepard Quinn" in people
    assert "Laura Shepard" not in people
