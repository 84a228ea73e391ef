"""A seat named with the craft it is held in ('A, who is the Dragon pilot,') is that person's role (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_seat_named_with_the_craft_in_a_who_clause() -> None:
    ext = run(
        "The SpaceX Crew-40 mission lifted off on Monday from the Kennedy Space Center.\n\n"
        "The crew includes cinematographer Jane Holt, who is serving as commander, roboticist Mark Dalby, who is the "
        "Dragon pilot, and explorer Ivan Zorin.\n"
    )
    assert crew(ext, "SpaceX Crew-40")["Mark Dalby"] >= {"pilot"}
