"""A flight and its astronauts named together ('the Navy was tasked to recover Gemini 14 and astronauts A and B')
makes them that flight's crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_astronauts_named_with_their_flight_are_its_crew() -> None:
    ext = run(
        "Recovering a capsule at sea\n\n"
        "In 1966 the Navy tasked the Atlantic Fleet to recover Gemini 14 and astronauts Walter Kane and Frank "
        "Dorsey (more about the mission can be read at the agency's website).\n\n"
        "Gemini 14 began reentry on a Thursday morning and splashed down in the Atlantic.\n"
    )
    assert {"Walter Kane", "Frank Dorsey"} <= set(crew(ext, "Gemini 14"))
