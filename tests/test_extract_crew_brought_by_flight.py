"""People a named flight brought up, and people of unknown given names listed with known ones."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_people_a_named_flight_carried_up_are_its_crew() -> None:
    ext = run(
        "Crew-30 docked on Monday. The Ax-9 mission, which arrived last week bringing Dana Cole and Peter Wills, "
        "leaves on Friday."
    )
    assert {"Dana Cole", "Peter Wills"} <= set(crew(ext, "Ax-9"))
    assert not crew(ext, "Crew-30")


def test_people_a_capsule_ferried_to_orbit_are_its_crew() -> None:
    ext = run("Crew-30 docked on Monday. In March the Soyuz MS-41 capsule ferried Olga Petrova and Anna Kikina up.")
    assert {"Olga Petrova", "Anna Kikina"} <= set(crew(ext, "Soyuz MS-41"))


def test_a_person_named_after_a_launch_and_a_preposition_is_not_carried() -> None:
    ext = run("Crew-30 docked on Monday. Crew-31 launched after director Ann Smith gave the go.")
    assert "Ann Smith" not in crew(ext, "Crew-31")


def test_a_name_joined_by_and_to_a_known_person_is_a_person() -> None:
    ext = run("Crew-30 docked on Monday. Sandy Marsh and Rex Holt flew as mission specialists.")
    assert crew(ext, "Crew-30").get("Sandy Marsh") == {None, "mission specialist"}


def test_a_place_after_a_preposition_joined_to_a_person_is_no_person() -> None:
    ext = run("Crew-30 docked on Monday. Flight controllers at Mission Control and Rex Holt cheered.")
    names = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "Mission Control" not in names
