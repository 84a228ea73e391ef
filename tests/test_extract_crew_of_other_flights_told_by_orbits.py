"""Someone's own earlier or parallel flight told by their orbits in it or their service on its crew ('as A was
completing his 20th orbit in Vostok 4', 'He served as a crew member in the Shenzhou-11 mission') (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, run


def test_a_person_completing_orbits_in_a_named_craft_is_its_crew() -> None:
    ext = run(
        "MOSCOW — The Soviet Union launched Vostok 8 today with Lt. Pavel Orlov aboard.\n\n"
        "As Col. Ivan Sokolov was completing his 20th orbit in Vostok 7, the new capsule hurtled skyward.\n",
        published=date(1965, 6, 16),
    )
    assert "Ivan Sokolov" in crew(ext, "Vostok 7")


def test_a_pronoun_who_served_as_a_crew_member_of_an_earlier_flight_is_its_crew() -> None:
    ext = run(
        "The Shenzhou-40 crew returned to Earth safely on Monday after six months in orbit.\n\n"
        "Wang Hai, the Shenzhou-40 mission commander, has now spent more than a year in space.\n\n"
        "He served as a crew member in the Shenzhou-31 mission from October 2025 to April 2026.\n",
        published=date(2031, 11, 4),
    )
    assert "Wang Hai" in crew(ext, "Shenzhou-31")
