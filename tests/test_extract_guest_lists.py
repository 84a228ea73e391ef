"""Crew named in a list after a plural group noun: 'Guests include A and B', 'crew members A and B' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_guests_and_customers_listed_after_include_are_crew_with_that_role() -> None:
    ext = run(
        "Orbitco said the crew of its NS-31 flight will include two honorary guests and three paying customers.\n\n"
        "Guests include talk show host Dana Whitley and Marcus Reyes, the son of Alan Reyes, who was the first "
        "American to fly to space.\n\n"
        "The three customers include venture investor Priya Natarajan, Hollis Group founder Owen Hollis, "
        "and Nora Hollis.\n"
    )
    found = crew(ext, "NS-31")
    assert set(found) == {"Dana Whitley", "Marcus Reyes", "Priya Natarajan", "Owen Hollis", "Nora Hollis"}
    assert "guest" in found["Dana Whitley"] and "guest" in found["Marcus Reyes"]
    assert all("customer" in found[name] for name in ("Priya Natarajan", "Owen Hollis", "Nora Hollis"))


def test_crew_members_named_after_their_commander_are_crew() -> None:
    ext = run(
        "China launched the Shenzhou-23 spaceship on Thursday.\n\n"
        "The crew, made up of mission commander Li Wen and crew members Zhao Ming and Sun Hao, "
        "is in good shape, the agency said.\n"
    )
    found = crew(ext, "Shenzhou-23")
    assert "commander" in found["Li Wen"]
    assert "crew member" in found["Zhao Ming"] and "crew member" in found["Sun Hao"]
