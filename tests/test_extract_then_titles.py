"""A title held at the time told in an apposition with 'then' ('A, then the agency's chief scientist,') or 'now' is
that person's occupation, as without it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "Soyuz TM-40 docks\n\nThe Soyuz TM-40 crew docked with the station on Tuesday. "


def test_a_title_held_then() -> None:
    ext = run(FLIGHT + '"We got it fixed," said Tom Reade, then Roscosmos\'s chief scientist, at the time.\n')
    assert "scientist" in objects(ext, "occupation", "Tom Reade")


def test_a_title_held_then_before_a_second_one() -> None:
    ext = run(FLIGHT + "Tom Reade, then the NASA Administrator and a former pilot himself, met the crew.\n")
    assert "NASA administrator" in objects(ext, "occupation", "Tom Reade")
