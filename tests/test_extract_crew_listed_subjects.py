"""People listed as the subject of a flight's verb are all its crew, whatever each item carries: a trade and an
agency before a later name ('cosmonauts A and B and NASA astronaut C blasted off'), an agency after a name ('A of
the European Space Agency and B of Roscosmos docked'), or a speaker after the clause ('..., Mission Control
spokesman D said', who is no crew); the plural trade before the list is not the later name's trade (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run

OPENING = "A Soyuz spacecraft docked with the International Space Station on Thursday after a six-hour flight.\n\n"


def test_a_trade_and_agency_before_a_later_name_do_not_end_the_subjects() -> None:
    ext = run(
        OPENING + "Russian cosmonauts Pavel Orlov and Ivan Zorin and NASA astronaut Jane Holt blasted off aboard the "
        "rocket two days earlier.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Pavel Orlov", "Ivan Zorin", "Jane Holt"}


def test_a_plural_trade_before_the_list_is_not_the_trade_of_a_name_with_its_own() -> None:
    ext = run(
        OPENING + "Russian cosmonauts Pavel Orlov and Ivan Zorin and NASA astronaut Jane Holt blasted off aboard the "
        "rocket two days earlier.\n"
    )
    assert objects(ext, "occupation", "Jane Holt") == {"astronaut"}
    assert objects(ext, "occupation", "Ivan Zorin") == {"cosmonaut"}


def test_agencies_after_listed_names_do_not_end_the_subjects() -> None:
    ext = run(
        OPENING + "NASA astronaut Jane Holt, Mark Dalby of the European Space Agency and Ivan Zorin of Russian "
        "space agency Roscosmos docked with the station at 11:33 p.m. Monday.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Jane Holt", "Mark Dalby", "Ivan Zorin"}


def test_a_speaker_after_the_clause_leaves_the_crew_told_before_him() -> None:
    ext = run(
        OPENING + "The capsule carrying Pavel Orlov and Ivan Zorin landed on the steppe after a three-hour descent, "
        "Mission Control spokesman Greg Hollis said.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Pavel Orlov", "Ivan Zorin"}


def test_ground_staff_told_in_the_clause_itself_still_marks_no_crew() -> None:
    ext = run(OPENING + "Mission Control spokesman Greg Hollis and Pavel Orlov watched as the capsule landed.\n")
    assert crew(ext, "Soyuz crewed flight") == {}
