"""People and flights listed in the same order ('A and B, pilots of X and Y'; 'A and B flew X and Y
respectively') pair one to one: each is crew of their own flight only (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_pilots_of_two_flights_pair_in_order() -> None:
    ext = run(
        "Maj. Oleg Kirsanov and Col. Ivan Petrenko, pilots of the Soviet spaceships Soyuz 40 and Soyuz 41, "
        "have landed safely after their group flight.\n"
    )
    assert set(crew(ext, "Soyuz 40")) == {"Oleg Kirsanov"}
    assert set(crew(ext, "Soyuz 41")) == {"Ivan Petrenko"}


def test_respectively_pairs_people_and_flights_in_order() -> None:
    ext = run("Oleg Kirsanov and Ivan Petrenko commanded Soyuz 40 and Soyuz 41 respectively, landing a day apart.\n")
    assert set(crew(ext, "Soyuz 40")) == {"Oleg Kirsanov"}
    assert set(crew(ext, "Soyuz 41")) == {"Ivan Petrenko"}
