"""A place followed by a clock time ('landed in X Banner, at 4:33 am') is nobody: 'at 4:33' is no age (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_a_place_before_a_clock_time_is_no_person() -> None:
    ext = run(
        "The Shenzhou-40 capsule touched down at the landing site in Dorgon Banner, at 4:33 am Monday, and "
        "the crew walked out soon after. A second capsule landed near Karlov Hills, at 6.15 pm, and a third in "
        "Pelham Flats, at 11 am.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert not {"Dorgon Banner", "Karlov Hills", "Pelham Flats"} & people


def test_an_age_after_at_still_marks_a_person() -> None:
    ext = run("The Shenzhou-40 capsule carried Dorgon Tavish, at 61, back to Earth on Monday.\n")
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "Dorgon Tavish" in people
