"""'Cmdr' and 'Cdr.' before a name are the title commander, not part of the person's name (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, facts, run


def test_cmdr_before_a_full_name_and_a_surname_is_the_commander() -> None:
    ext = run(
        "A Soyuz capsule carrying Cmdr Pyotr Kalinov and flight engineer Oleg Marchenko landed in Kazakhstan "
        "on Tuesday.\n\n"
        "Doctors said Cmdr Kalinov (51) was in good health after the landing.\n"
    )
    people = {label for _, label in facts(ext, "crew_member")}
    assert "Pyotr Kalinov" in people
    assert not any("cmdr" in name.lower() for name in people)
    (mission,) = {flight for flight, _ in facts(ext, "crew_member")}
    assert "commander" in crew(ext, mission)["Pyotr Kalinov"]
    assert ("Pyotr Kalinov", "51") in facts(ext, "age")
    assert not any("cmdr" in s.lower() for s, _ in facts(ext, "age"))


def test_cdr_with_a_stop_before_a_name_is_the_commander() -> None:
    ext = run(
        "The shuttle Atlantis lifted off on Monday with Cdr. Walter Brennan Hale and pilot Susan Ortega aboard.\n"
    )
    people = {label for _, label in facts(ext, "crew_member")}
    assert "Walter Brennan Hale" in people
    assert not any("cdr" in name.lower() for name in people)
