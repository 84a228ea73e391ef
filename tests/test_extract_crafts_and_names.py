"""Shuttle designators, named orbiters, organisation names with 'and', flight length told with the homecoming."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, facts, missions, objects, run


def test_a_shuttle_designator_keeps_its_letter_suffix() -> None:
    ext = run("The mission, STS-51-J, lifted off from Florida on Thursday with Karl Bobko as commander.")
    assert "STS-51-J" in missions(ext)
    assert "Karl Bobko" in crew(ext, "STS-51-J")


def test_the_orbiter_named_after_space_shuttle_is_the_flights_spacecraft() -> None:
    ext = run("The STS-80 crew lifted off on Monday aboard the space shuttle Columbia.")
    assert objects(ext, "spacecraft", "STS-80") == {"Columbia"}


def test_a_facility_named_after_shuttle_is_no_orbiter() -> None:
    ext = run("The STS-80 crew landed on Monday on the Shuttle Landing Facility runway in Florida.")
    assert "Landing" not in objects(ext, "spacecraft", "STS-80")


def test_an_organisation_name_may_hold_and_before_its_head_noun() -> None:
    ext = run("The Crew-40 capsule was built by the Korea Aerospace Research and Engineering Corporation.")
    names = {label for _, label in facts(ext, "builder")} | {
        e.label for e in ext.entities.values() if e.kind == "organization"
    }
    assert "Korea Aerospace Research and Engineering Corporation" in names


def test_the_length_of_a_flight_told_with_its_homecoming() -> None:
    ext = run("The Crew-41 capsule splashed down on Tuesday after 12 days, 6 hours and 30 minutes in orbit.")
    assert objects(ext, "duration", "Crew-41") == {"P12DT6H30M"}


def test_seconds_after_launch_are_a_moment_of_the_ascent_not_the_flight_length() -> None:
    ext = run("The Crew-42 rocket lifted off on Monday and its first stage separated 150 seconds after liftoff.")
    assert objects(ext, "duration", "Crew-42") == set()


def test_a_present_aside_does_not_end_a_retrospective_story() -> None:
    ext = run(
        "Thirty years ago the STS-90 crew lifted off on March 4, 1991, from Florida. "
        "Its commander, now 80, will give a talk on Saturday. "
        "The orbiter landed on March 12 after eight days in space.",
        published=date(2021, 3, 4),
    )
    assert objects(ext, "landing_date", "STS-90") == {"1991-03-12"}


def test_a_craft_in_a_clause_dated_years_back_is_not_the_flights_spacecraft() -> None:
    ext = run(
        "The Crew-43 flight lifted off on Monday with Ada Stone, the first Chilean in orbit after Luis Vera, "
        "who died when the orbiter Atlantis was lost in 2009."
    )
    assert "Atlantis" not in objects(ext, "spacecraft", "Crew-43")


def test_a_name_after_built_by_is_an_organisation_not_a_person() -> None:
    ext = run("The Crew-44 capsule, built by Harold Wexley, lifted off on Monday.")
    kinds = {e.label: e.kind for e in ext.entities.values()}
    assert kinds.get("Harold Wexley") == "organization"
