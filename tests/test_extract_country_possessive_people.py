"""A country named in a possessive before a trade and a name ('with South Korea's first astronaut A aboard') is
no person; the name after the trade is (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_a_two_word_country_before_a_trade_and_a_name_is_no_person() -> None:
    ext = run(
        "Capsule lands on the steppe\n\n"
        "The Soyuz capsule with South Korea's first female astronaut Kim Ha-na aboard landed safely on Saturday.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "South Korea" not in people
    assert "Kim Ha-na" in people
