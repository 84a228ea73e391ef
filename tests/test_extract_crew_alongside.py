"""People a crew member flew 'alongside', told after the flight verb, are crew of the same flight: 'Mr A travelled
into space in the cramped cabin alongside B and American astronaut C' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_people_told_alongside_after_a_travel_verb_are_crew_too() -> None:
    ext = run(
        "The Soyuz TMA-40 spacecraft blasted off from Baikonur yesterday, Russian cosmonaut Pavel Orlov said.\n\n"
        "Mr Ruiz, 60, who made his fortune selling games, travelled into space in the cramped cabin of the Soyuz "
        "rocket alongside Orlov and American astronaut Dana Haddad.\n"
    )
    assert {"Ruiz", "Pavel Orlov", "Dana Haddad"} <= set(crew(ext, "Soyuz TMA-40"))
