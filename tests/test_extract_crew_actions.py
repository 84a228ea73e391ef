"""Named people who do what a crew does on the article's flight, with no launch word, are its crew: they dock,
splash down, are welcomed aboard, complete a spacewalk, join those already aboard (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run


def test_people_welcomed_aboard_the_station_are_the_crew_of_the_only_flight_of_their_paragraph() -> None:
    ext = run(
        "Orbitco's crewed Starglider capsule, launched on Tuesday, docked with the space station on Thursday.\n\n"
        "Ground teams cheered as astronauts Dana Ruiz and Omar Haddad were welcomed aboard the station at 3 p.m.\n"
    )
    (flight,) = missions(ext)
    assert set(crew(ext, flight)) == {"Dana Ruiz", "Omar Haddad"}


def test_three_people_who_splashed_down_are_the_crew_and_a_suffix_does_not_break_their_list() -> None:
    ext = run(
        "The three Aurora 9 astronauts came home today after a six-day flight.\n\n"
        "Tired but well, Capt. Paul R. Dunmore Jr., Victor K. Lamb Jr., and Henry T. Osgood Jr. dropped into a calm "
        "sea near the recovery ship.\n"
    )
    assert set(crew(ext, "Aurora 9")) == {"Paul R. Dunmore", "Victor K. Lamb", "Henry T. Osgood"}


def test_people_who_join_those_already_on_the_station_are_crew_but_the_residents_are_not() -> None:
    ext = run(
        "The Soyuz TM-40 capsule docked with the Mir station on Monday.\n\n"
        "The hatches were opened and commander Pavel Orlov, Frenchman Luc Moreau and Slovak Juraj Kovac joined "
        "two Russians, Ivan Sokolov and Boris Lenkov, who were already on the station.\n"
    )
    found = crew(ext, "Soyuz TM-40")
    assert {"Pavel Orlov", "Luc Moreau", "Juraj Kovac"} <= set(found)
    assert not {"Ivan Sokolov", "Boris Lenkov"} & set(found)


def test_a_spacewalk_told_beside_another_flight_in_the_same_paragraph_gives_no_crew() -> None:
    ext = run(
        "The Soyuz MS-40 crew docked with the station on Friday.\n\n"
        "Two days after the Crew-12 capsule left, Dana Ruiz and Omar Haddad completed a six-hour spacewalk.\n"
    )
    assert not {"Dana Ruiz", "Omar Haddad"} & set(crew(ext, "Soyuz MS-40"))


def test_spacewalkers_who_went_outside_are_crew_of_the_flight_their_sentence_names() -> None:
    ext = run(
        "Two astronauts worked outside the space station on Thursday, NASA said.\n\n"
        "Astronauts Dana Ruiz and Omar Haddad ventured outside for their first spacewalk since their arrival on "
        "May 2 aboard the Soyuz MS-40 spacecraft with cosmonaut Pavel Orlov.\n"
    )
    assert {"Dana Ruiz", "Omar Haddad"} <= set(crew(ext, "Soyuz MS-40"))
