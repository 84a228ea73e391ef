"""A bulleted list under a header that names the passengers' role ('Passengers are mission specialists:') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_items_under_a_header_naming_a_role_are_crew_in_that_role() -> None:
    ext = run(
        "The spaceplane VSS Unity will launch on its next suborbital flight on Thursday.\n\n"
        "Pilots Dana Kirk and Omar Haddad will fly spacecraft VSS Unity on the flight.\n\n"
        "Passengers are mission specialists:\n"
        "- Priya Natarajan — an engineer who joined Orbitco in 2019.\n"
        "- David Berg, chief flight instructor at Orbitco.\n"
        "- Laura Sato, who joined Orbitco this year.\n"
    )
    missions = {m for m in (e.label for e in ext.entities.values() if e.kind == "mission")}
    assert len(missions) == 1
    found = crew(ext, missions.pop())
    for name in ("Priya Natarajan", "David Berg", "Laura Sato"):
        assert "mission specialist" in found[name]
    assert {"Dana Kirk", "Omar Haddad"} <= set(found)


def test_pilots_who_will_fly_the_flights_own_craft_are_its_crew_not_of_a_flight_of_their_own() -> None:
    ext = run(
        "The spaceplane VSS Unity lifted off from Spaceport America on Tuesday for a test.\n\n"
        "Pilots Dana Kirk and Omar Haddad will fly spacecraft VSS Unity on its next flight.\n"
    )
    labels = {e.label for e in ext.entities.values() if e.kind == "mission"}
    assert len(labels) == 1
    assert {"Dana Kirk", "Omar Haddad"} <= set(crew(ext, labels.pop()))
