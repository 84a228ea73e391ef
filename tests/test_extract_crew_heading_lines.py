"""Crew given one to a line under a heading ('Ax-9 Crew', then 'A B, Commander' and 'Astronaut 031 – C D,
Oregon, U.S.') are that flight's crew, in the role a line names; prose under such a heading is no list (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_lines_under_a_crew_heading_are_the_flights_crew_with_their_roles() -> None:
    ext = run(
        "Private flight reaches the edge of space\n\n"
        "The Ax-9 mission took off on Friday from Spaceport America.\n"
        "Ax-9 Crew\n"
        "Alan Brightwater, Commander\n"
        "Mara Quill, Pilot\n"
        "Astronaut 031 – Tobias Fenn, Oregon, U.S.\n"
        "Astronaut 032 – Irene Voss, Austria\n"
        "The flight landed safely an hour later.\n"
    )
    members = crew(ext, "Ax-9")
    assert members.get("Alan Brightwater") == {"commander"}
    assert members.get("Mara Quill") == {"pilot"}
    assert "Tobias Fenn" in members
    assert "Irene Voss" in members


def test_a_sentence_under_a_crew_heading_lists_no_one() -> None:
    ext = run(
        "Private flight reaches the edge of space\n\n"
        "The Ax-9 mission took off on Friday from Spaceport America.\n"
        "Ax-9 Crew\n"
        "Alan Brightwater, Commander\n"
        "Mara Quill, a pilot who watched the flight from the ground, said it went well.\n"
    )
    members = crew(ext, "Ax-9")
    assert "Alan Brightwater" in members
    assert "Mara Quill" not in members
