"""A plural trade told after a list with 'all' or 'both' ('A, B and C, all NASA astronauts') is each one's trade
(issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_all_after_a_list_of_roles_and_names_gives_each_the_trade() -> None:
    ext = run(
        "Dragon lifted off carrying Commander Dana Whitlock, Pilot Omar Petty, and Mission Specialist Lise Varga, "
        "all NASA astronauts, and Mission Specialist Ugo Ferrante of ESA.\n"
    )
    for name in ("Dana Whitlock", "Omar Petty", "Lise Varga"):
        assert "astronaut" in objects(ext, "occupation", name), name
    assert "astronaut" not in objects(ext, "occupation", "Ugo Ferrante")


def test_both_after_two_names_gives_each_the_trade() -> None:
    ext = run("Soyuz MS-41 carried Oleg Kirsanov and Ivan Petrenko, both Russian cosmonauts, to the station.\n")
    for name in ("Oleg Kirsanov", "Ivan Petrenko"):
        assert "cosmonaut" in objects(ext, "occupation", name), name
