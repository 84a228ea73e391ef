"""The crew called by their trade after they are named ('pictures showed the cosmonauts smiling') have that trade,
when they have none of their own (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_crew_named_then_called_cosmonauts_are_cosmonauts() -> None:
    ext = run(
        "The Soyuz TM-40 capsule docked with the Mir station on Monday.\n\n"
        "The hatches were opened and Pavel Orlov and Luc Moreau floated into the station.\n\n"
        "Pictures from space showed the cosmonauts smiling after their two-day flight.\n"
    )
    assert objects(ext, "occupation", "Luc Moreau") == {"cosmonaut"}
    assert objects(ext, "occupation", "Pavel Orlov") == {"cosmonaut"}


def test_a_crew_member_with_a_trade_of_their_own_keeps_it_alone() -> None:
    ext = run(
        "The Soyuz TM-40 capsule docked with the Mir station on Monday.\n\n"
        "The hatches were opened and commander Pavel Orlov and physician Luc Moreau floated into the station.\n\n"
        "Pictures from space showed the cosmonauts smiling after their two-day flight.\n"
    )
    assert objects(ext, "occupation", "Luc Moreau") == {"physician"}
