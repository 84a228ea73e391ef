"""A launch word before a job ('shuttle launch director') is a noun, so the person named before it is no subject of a
flight verb: a launch director who spoke before lift-off is no crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

FLIGHT = "The shuttle Atlantis lifted off on Friday with seven astronauts aboard.\n\n"


def test_a_speaker_before_lift_off_is_no_crew() -> None:
    ext = run(FLIGHT + 'Mark Dalby, shuttle launch director, told the crews shortly before lift-off: "Good luck."\n')
    assert "Mark Dalby" not in crew(ext, "Atlantis crewed flight")
