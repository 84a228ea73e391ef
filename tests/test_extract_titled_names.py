"""People named with a title of several words before them, and names with middle initials or a suffix."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run


def test_capitalised_role_titles_before_listed_names_give_the_roles() -> None:
    ext = run(
        "The space shuttle Columbia lifted off on Monday. Pictured, Mission Specialists Laura Finch, Omar Haddad, "
        "and Pavel Orlov, Pilot James T. Walden Jr., and Commander Ivan R. Sidorin.\n"
    )
    assert crew(ext, "space shuttle crewed flight") == {
        "Laura Finch": {"mission specialist"},
        "Omar Haddad": {"mission specialist"},
        "Pavel Orlov": {"mission specialist"},
        "James T. Walden": {"pilot"},
        "Ivan R. Sidorin": {"commander"},
    }


def test_a_title_after_a_sentence_opener_is_not_part_of_the_name() -> None:
    ext = run("The space shuttle Columbia lifted off on Monday. Then Mission Specialist Laura Finch waved.\n")
    assert crew(ext, "space shuttle crewed flight") == {"Laura Finch": {"mission specialist"}}


def test_a_middle_initial_keeps_a_name_in_a_crew_list() -> None:
    ext = run(
        "The space shuttle Columbia lifted off on Monday. The crew includes mission specialists Laura Finch, "
        "Maria R. Petrova and Hans Weber.\n"
    )
    assert set(crew(ext, "space shuttle crewed flight")) == {"Laura Finch", "Maria R. Petrova", "Hans Weber"}


def test_a_role_after_the_name_in_a_bulleted_list_marks_a_person_of_an_uncommon_given_name() -> None:
    ext = run(
        "The shuttle Endeavour lifted off on Monday on mission STS-140.\n\nThe crew of STS-140 were:\n\n"
        "  • Wendel R. Brookfield, Commander\n  • Osric Tallow, Mission Specialist\n"
    )
    assert crew(ext, "STS-140") == {"Wendel R. Brookfield": {"commander"}, "Osric Tallow": {"mission specialist"}}


def test_the_short_designator_of_a_crew_dragon_test_flight() -> None:
    ext = run("Crowds cheered as the SpaceX DM-2 rocket lifted off on Saturday with Laura Finch aboard.\n")
    assert "DM-2" in missions(ext)
