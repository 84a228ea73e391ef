"""The crew told by who came out of the capsule first ('A climbed out first, followed by B and C') is the flight's
crew, all of them (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_those_following_the_first_out_are_crew() -> None:
    ext = run(
        "Soyuz TM-40 lands\n\n"
        "The Soyuz TM-40 capsule landed on the steppe on Tuesday. Commander Ivan Orlov, 48, climbed out first, "
        "followed by the 34-year-old Mara Quint, a former air force pilot, and Tom Reade, 35, an engineer.\n"
    )
    members = crew(ext, "Soyuz TM-40")
    assert {"Ivan Orlov", "Mara Quint", "Tom Reade"} <= set(members)


def test_a_briefing_that_followed_makes_no_crew() -> None:
    ext = run(
        "Soyuz TM-40 lands\n\n"
        "The Soyuz TM-40 capsule landed on the steppe on Tuesday with Ivan Orlov aboard. The landing was followed by "
        "a briefing from Tom Reade, the head of the recovery team.\n"
    )
    assert "Tom Reade" not in crew(ext, "Soyuz TM-40")


def test_the_exit_order_is_no_crew_members_past() -> None:
    ext = run(
        "Soyuz TM-40 lands\n\n"
        "The Soyuz TM-40 capsule landed on the steppe on Tuesday.\n\n"
        "Commander Ivan Orlov, 48, climbed out first, followed by Mara Quint, a former air force pilot, and "
        "Tom Reade, 35, an engineer from the Orbital Research Institute who became his country's third man in space.\n"
    )
    members = crew(ext, "Soyuz TM-40")
    assert {"Mara Quint", "Tom Reade"} <= set(members)
