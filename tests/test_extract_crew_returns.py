"""The crew of a returning flight told through its capsule or a return verb, with no crew word."""

from __future__ import annotations

from tests.test_extract_support import crew, run

OPENING = "A Soyuz capsule carrying three astronauts touched down in Kazakhstan on Sunday. "


def test_the_capsule_carrying_a_list_of_people() -> None:
    ext = run(
        OPENING + "The capsule, carrying US astronaut Laura Finch and Russian cosmonauts Pavel Orlov and Ivan "
        "Sidorin, landed at 8:53 local time.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Laura Finch", "Pavel Orlov", "Ivan Sidorin"}


def test_people_closed_by_a_return_verb() -> None:
    ext = run(
        OPENING + "Helicopters reached the site an hour later, where NASA astronaut Laura Finch, Russia's Pavel "
        "Orlov and Dutchman Hans Weber landed in their capsule.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Laura Finch", "Pavel Orlov", "Hans Weber"}


def test_also_in_the_capsule_was() -> None:
    ext = run(
        OPENING + "Pavel Orlov and Ivan Sidorin returned after 300 days aboard the station. Also in the capsule "
        "was American Laura Finch.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Laura Finch", "Pavel Orlov", "Ivan Sidorin"}


def test_people_who_stay_aboard_are_not_the_returning_crew() -> None:
    ext = run(
        OPENING + "Pavel Orlov and Ivan Sidorin returned after 300 days. Laura Finch and Hans Weber remain aboard "
        "the station.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Pavel Orlov", "Ivan Sidorin"}


def test_people_ordered_to_carry_out_the_mission_but_not_who_ordered_them() -> None:
    ext = run(
        "A send-off ceremony was held for the three astronauts set to fly aboard the Shenzhou-30 spacecraft. "
        "Li Qiang, chief commander of the programme, ordered Wang Lei, Zhao Min and Sun Hao to carry out the "
        "Shenzhou-30 mission.\n"
    )
    assert set(crew(ext, "Shenzhou-30")) == {"Wang Lei", "Zhao Min", "Sun Hao"}
