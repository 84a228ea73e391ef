"""People who 'remained aboard' the station are not the crew of the flight that landed (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_the_station_crew_who_remained_aboard_is_not_the_landing_crew() -> None:
    ext = run(
        "MOSCOW: Two cosmonauts landed safely in Kazakhstan on Thursday aboard a Soyuz capsule after six months "
        "on the Mir station.\n\n"
        "The two new arrivals, Cmdr Boris Melnikov and engineer Mr Yuri Danilin, remained aboard Mir with the "
        "American.\n"
    )
    crew = {person for _, person in facts(ext, "crew_member")}
    assert "Boris Melnikov" not in crew
    assert "Boris Melnikov" in {e.label for e in ext.entities.values() if e.kind == "person"}
