"""The station residents a new crew 'will join' are not its crew; the new crew is (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_people_a_new_crew_will_join_are_residents_not_crew() -> None:
    ext = run(
        "The Soyuz MS-31 spacecraft blasted off from Baikonur on Tuesday carrying a new crew to the space station.\n\n"
        "The Russian rocket carries U.S. astronaut Laura Finch and two Russian cosmonauts Pavel Orlov and "
        "Ivan Sidorin.\n\n"
        "After a two-day journey, they will join U.S. astronaut Omar Haddad, Russia's Boris Kuznetsov and "
        "Hans Weber of Germany's DLR agency.\n"
    )
    assert set(crew(ext, "Soyuz MS-31")) == {"Laura Finch", "Pavel Orlov", "Ivan Sidorin"}
