"""A crew member named by surname alone after a role ('carried pilots A and B as well as passenger C') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run


def test_surnames_after_role_words_are_the_crew_of_an_unnamed_flight() -> None:
    ext = run(
        "Orbitco carries its first passenger\n\n"
        "Orbitco reached a height of 88 km this week and also carried a third crew member.\n\n"
        "The flight of the spaceplane SpaceShipTwo occurred on Friday and carried pilots Kovacs and Idowu "
        "as well as passenger Lindqvist.\n\n"
        "Kovacs, Idowu and Lindqvist became astronauts on that flight.\n"
    )
    assert len(missions(ext)) == 1
    (mission,) = missions(ext)
    found = crew(ext, mission)
    assert set(found) == {"Kovacs", "Idowu", "Lindqvist"}
    assert "pilot" in found["Kovacs"] and "pilot" in found["Idowu"]
    assert "passenger" not in found["Idowu"]
    assert "passenger" in found["Lindqvist"]
