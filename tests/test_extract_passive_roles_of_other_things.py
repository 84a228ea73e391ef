"""A role told in the passive of something other than the flight ('a Marine helicopter piloted by A', 'an
expedition led by B') is no seat on the flight, and makes no crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

FLIGHT = "The Mercury capsule Bell 9 splashed down in the Atlantic on Friday after a short flight with Tom Briggs.\n\n"


def test_a_helicopter_piloted_by_someone_gives_no_seat() -> None:
    ext = run(FLIGHT + "A Marine helicopter piloted by Jim Lewis tried to lift the flooded capsule.\n")
    assert "Jim Lewis" not in crew(ext, "Bell 9")


def test_an_expedition_led_by_someone_gives_no_seat() -> None:
    ext = run(FLIGHT + "In 1999 an expedition led by salvage expert Mark Dalby raised the capsule.\n")
    assert "Mark Dalby" not in crew(ext, "Bell 9")


def test_a_capsule_piloted_by_someone_is_still_a_seat() -> None:
    ext = run(FLIGHT + "The capsule, piloted by Tom Briggs, came down close to the carrier.\n")
    assert crew(ext, "Bell 9")["Tom Briggs"] >= {"pilot"}
