"""Crew told in later sentences of a flight story: 'Among the new cosmonauts is A' and 'A and two other cosmonauts, D
and E, will relieve the crew' (as many as counted) are crew of the flight the story tells; people among the guests
are not (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

DOCKED = "A Soyuz TM-40 ship docked with the Mir station on Saturday after a two-day flight.\n\n"


def test_a_person_among_the_new_cosmonauts_is_crew() -> None:
    ext = run(DOCKED + "Among the new cosmonauts is a rookie, former banker Yuri Volkov, on a flight many doubted.\n")
    assert set(crew(ext, "Soyuz TM-40")) == {"Yuri Volkov"}


def test_a_person_and_as_many_others_as_counted_are_crew() -> None:
    ext = run(
        DOCKED + "Yuri Volkov and two other cosmonauts, flight commander Pavel Orlov and engineer Ivan Zorin, "
        "will relieve the crew that has been on Mir since January.\n"
    )
    assert set(crew(ext, "Soyuz TM-40")) == {"Yuri Volkov", "Pavel Orlov", "Ivan Zorin"}


def test_a_count_that_does_not_match_the_names_adds_no_crew() -> None:
    ext = run(
        DOCKED + "Yuri Volkov and three other cosmonauts, Pavel Orlov and Ivan Zorin among them, met reporters "
        "in Moscow.\n"
    )
    assert crew(ext, "Soyuz TM-40") == {}


def test_people_among_the_guests_are_no_crew() -> None:
    ext = run(DOCKED + "Among the guests are Jane Holt and Mark Dalby.\n")
    assert crew(ext, "Soyuz TM-40") == {}
