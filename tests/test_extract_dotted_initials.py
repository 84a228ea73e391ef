"""Two or three initials with full stops opening a name ('T.J. Harlow') close no sentence (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_dotted_initials_before_a_surname_keep_the_name_whole() -> None:
    ext = run("Soyuz TMA-41 lifted off on Monday with T.J. Harlow and two cosmonauts aboard.\n")
    assert "T.J. Harlow" in crew(ext, "Soyuz TMA-41")


def test_dotted_initials_in_a_crew_heading_line_keep_the_commander() -> None:
    ext = run("Galactic 41 landed at noon.\nGalactic 41 Crew\nC.J. Harlow, Commander\nNicola Pecile, Pilot\n")
    assert crew(ext, "Galactic 41").get("C.J. Harlow") == {"commander"}


def test_a_place_abbreviation_still_closes_a_sentence() -> None:
    ext = run("The crew met the president in Washington, D.C. Gemini 41 carried Harold Vance and Ottis Brandle.\n")
    assert {"Harold Vance", "Ottis Brandle"} <= set(crew(ext, "Gemini 41"))


def test_a_ship_after_dotted_initials_is_nobody() -> None:
    ext = run("Gemini 41 splashed down near the carrier U.S.S. Lexmoor on Friday with Harold Vance aboard.\n")
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert people == {"Harold Vance"}
