"""A station told as where the crew stayed ('had been on the station for 180 days', 'will live aboard'), or came
back from ('returned to Earth from', 'after undocking from'), is the flight's destination, and a stay told with its
length is the flight's length; a career's total is neither."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_station_the_crew_returned_from_is_the_destination() -> None:
    ext = run(
        "Soyuz TMA-40 touched down in Kazakhstan on Friday. Three astronauts just came back to Earth from the "
        "International Space Station.",
        date(2031, 3, 14),
    )
    assert objects(ext, "destination", "Soyuz TMA-40") == {"International Space Station"}


def test_a_station_undocked_from_is_the_destination() -> None:
    ext = run(
        "The Crew-30 astronauts are home. A day after undocking from the International Space Station, four "
        "astronauts splashed down off Florida early Friday.",
        date(2031, 3, 14),
    )
    assert objects(ext, "destination", "Crew-30") == {"International Space Station"}


def test_a_stay_told_as_having_been_aboard_gives_destination_and_length() -> None:
    ext = run(
        "Soyuz TMA-40 landed in Kazakhstan on Friday. Commander Tom Hale and flight engineers Ivan Orlov and "
        "Petr Sokolov had been on the International Space Station for 180 days.",
        date(2031, 3, 14),
    )
    assert objects(ext, "destination", "Soyuz TMA-40") == {"International Space Station"}
    assert objects(ext, "duration", "Soyuz TMA-40") == {"P180D"}


def test_a_career_total_aboard_is_no_length_of_the_flight() -> None:
    ext = run(
        "Soyuz TMA-40 landed in Kazakhstan on Friday. Commander Tom Hale had been on the International Space "
        "Station for 340 days over three missions before this one.",
        date(2031, 3, 14),
    )
    assert objects(ext, "duration", "Soyuz TMA-40") == set()


def test_a_station_the_crew_will_live_aboard_is_the_destination() -> None:
    ext = run(
        "The crew of Shenzhou-30 was sent off at Jiuquan on Friday. They will live aboard the China Space Station "
        "for six months.",
        date(2031, 3, 14),
    )
    assert objects(ext, "destination", "Shenzhou-30") != set()
    assert objects(ext, "duration", "Shenzhou-30") == {"P6M"}


def test_the_stay_of_others_already_aboard_is_no_length_of_the_flight() -> None:
    ext = run(
        "Soyuz T-40 lifted off on Tuesday to join two colleagues who have been aboard the Salyut 9 station for "
        "more than four months.",
        date(1986, 3, 14),
    )
    assert objects(ext, "duration", "Soyuz T-40") == set()
