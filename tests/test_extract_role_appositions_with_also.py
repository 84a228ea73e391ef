"""A crew seat told in an apposition past a bracketed age ('C (55), a mission specialist from JAXA'), with 'also'
('D, 42, also a mission specialist', 'E, 40, a chemist from Houston who is also a flight engineer') or with 'new'
('F, the new commander,') is that person's seat (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def _roles(sentence: str) -> dict[str, set[str | None]]:
    ext = run("Soyuz TM-40 docks\n\nThe Soyuz TM-40 crew docked with the station on Tuesday. " + sentence + "\n")
    return crew(ext, "Soyuz TM-40")


def test_a_seat_after_a_bracketed_age() -> None:
    roles = _roles(
        "Commander Ivan Orlov (51) led the crew in, alongside pilot Tom Reade (44) and Mara Quint (55), a mission "
        "specialist from the European Space Agency."
    )
    assert "mission specialist" in roles.get("Mara Quint", set())


def test_a_seat_shared_with_also() -> None:
    roles = _roles(
        "On the Soyuz TM-40 flight were commander Ivan Orlov, 52; Tom Reade, a 60-year-old surgeon who served as "
        "pilot; mission specialist Ana Lim, 53; and Russian cosmonaut Mara Quint, 42, also a mission specialist."
    )
    assert "mission specialist" in roles.get("Mara Quint", set())


def test_a_seat_in_a_who_clause_with_also() -> None:
    roles = _roles(
        "Orlov commands the ship. He is joined by Mara Quint, 40, a chemist from Houston who is also a flight engineer."
    )
    assert "flight engineer" in roles.get("Mara Quint", set())


def test_the_new_commander() -> None:
    ext = run(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew, Ivan Orlov and Mara Quint, docked with the station on Tuesday. Orlov, the new "
        "commander, is on his third flight.\n"
    )
    assert "commander" in crew(ext, "Soyuz TM-40").get("Ivan Orlov", set())


def test_a_friend_who_is_a_pilot_gives_no_seat() -> None:
    roles = _roles("Orlov was waved off by Tom Reade, a friend from school who is a pilot.")
    assert "pilot" not in roles.get("Tom Reade", set())
