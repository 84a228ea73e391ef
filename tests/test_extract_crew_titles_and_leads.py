"""A trade before 'Dr' without its full stop ('NASA astronaut Dr Ian Vale') is the person's; a roboticist named in a
crew list is a person and crew; someone who 'will lead the SpaceX Crew-31 mission' is its commander (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def test_a_trade_before_an_unstopped_doctor_title_is_the_persons() -> None:
    ext = run(
        "Soyuz TM40 reaches the station\n\n"
        "Launched from Baikonur on 14 March, NASA astronaut Dr Ian Vale is the second American to ride a Soyuz TM40 "
        "to the station.\n"
    )
    assert "astronaut" in objects(ext, "occupation", "Ian Vale")


def test_a_roboticist_in_a_crew_list_is_crew() -> None:
    ext = run(
        "Private crew flies over the poles\n\n"
        "The Ax-9 mission lifted off on Monday from Florida. The crew includes Danish photographer Liv Sorensen, "
        "who is serving as commander, Austrian roboticist Rabea Kainz, who is the pilot, and Swiss Tom Egli, a "
        "mountain guide.\n"
    )
    members = crew(ext, "Ax-9")
    assert "Rabea Kainz" in members
    assert "roboticist" in objects(ext, "occupation", "Rabea Kainz")


def test_the_one_who_will_lead_the_named_mission_is_its_commander() -> None:
    ext = run(
        "Station crew named\n\n"
        "NASA astronaut Zoe Hartley will lead the SpaceX Crew-31 mission to the International Space Station, "
        "scheduled to launch in July.\n"
    )
    assert "commander" in crew(ext, "SpaceX Crew-31")["Zoe Hartley"]


def test_a_role_opening_the_sentence_aboard_a_flight_is_the_subjects_role() -> None:
    ext = run(
        "Soyuz TM40 reaches the station\n\n"
        "As a research engineer aboard Soyuz TM40, launched from Baikonur on 14 March, NASA astronaut Dr Ian Vale "
        "is the second American to fly on a Russian rocket.\n"
    )
    assert "research engineer" in crew(ext, "Soyuz TM40")["Ian Vale"]
