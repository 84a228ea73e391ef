"""Crew told role first, one copula clause each ('Commander of the flight was A; flight engineer was B; and
researcher was C'): every named person flies, in the role their clause names (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run

_LAUNCH = "Orbit reached\n\nA Soyuz rocket sent the Soyuz T-41 spacecraft from Baikonur with three men aboard. "


def test_role_first_copula_clauses_give_each_person_their_role() -> None:
    ext = run(
        _LAUNCH + "Commander of Soyuz T-41 was Col. Pavel Drozdov; flight engineer was Oleg Baranov; "
        "and researcher was Dana Whitlock, a chemist from Omsk.\n"
    )
    flight = next(m for m in missions(ext) if "T-41" in m or "T41" in m.replace("-", ""))
    found = crew(ext, flight)
    assert "commander" in found.get("Pavel Drozdov", set())
    assert "flight engineer" in found.get("Oleg Baranov", set())
    assert "researcher" in found.get("Dana Whitlock", set())


def test_a_station_commander_told_role_first_is_no_crew_role_of_the_flight() -> None:
    ext = run(_LAUNCH + "Commander of the station was Pavel Drozdov, who greeted the crew.\n")
    for found in (crew(ext, m) for m in missions(ext)):
        assert "commander" not in found.get("Pavel Drozdov", set())
