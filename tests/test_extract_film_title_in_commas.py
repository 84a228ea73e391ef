"""An unquoted title set off by commas after a film noun ('a documentary on X, The Long Climb,') is the film's."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import run


def test_a_title_in_commas_after_the_documentary_is_its_title() -> None:
    ext = run(
        "The NS-40 capsule carried four tourists to the edge of space on Sunday. One of them, Ada Lund, later "
        "became a painter; a new documentary on women test pilots, The Long Climb, tells her story.",
        date(2031, 5, 5),
    )
    assert {e.label for e in ext.entities.values() if e.kind == "film"} == {"The Long Climb"}
