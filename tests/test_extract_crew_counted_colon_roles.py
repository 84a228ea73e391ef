"""A flight 'piloted by 2 cosmonauts:' then the names, the first with its role and a comma ('Commander, Russian
cosmonaut A (left) and American astronaut B'): both are its crew and the first holds the role. People a flight
carried 'with' are the nearest named flight's, not the story flight's (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_people_counted_then_listed_after_piloted_by_are_crew_and_the_role_before_a_comma_is_held() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft was launched from Baikonur on Friday. The spacecraft was piloted by 2 "
        "cosmonauts: Commander, Russian cosmonaut Pavel Orlov (left) and American astronaut Dana Ruiz.\n"
    )
    found = crew(ext, "Soyuz MS-40")
    assert set(found) == {"Pavel Orlov", "Dana Ruiz"}
    assert found["Pavel Orlov"] == {"commander"}


def test_people_carried_by_an_earlier_flight_named_nearer_are_not_crew_of_the_story_flight() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft was launched on Friday from Baikonur.\n\n"
        "The Soyuz MS-40 abort was the first since the Soyuz 22 spacecraft failed to make orbit in May 1979 with "
        "Soviet cosmonauts Vasilko Sokolov and Borislav Lenkov.\n"
    )
    assert not {"Vasilko Sokolov", "Borislav Lenkov"} & set(crew(ext, "Soyuz MS-40"))
