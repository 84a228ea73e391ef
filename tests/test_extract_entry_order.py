"""Crew told by the order they came through a hatch ('The first through was A followed by B and C') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_the_order_through_the_hatch_names_the_crew() -> None:
    ext = run(
        "The Ax-9 crew docked with the International Space Station on Saturday.\n\n"
        "The crew was welcomed by the station's residents, Kayla Barron and Ivan Sidorin.\n\n"
        "The first through the hatch was Laura Finch, followed by Omar Haddad and Pavel Orlov.\n"
    )
    assert set(crew(ext, "Ax-9")) == {"Laura Finch", "Omar Haddad", "Pavel Orlov"}
