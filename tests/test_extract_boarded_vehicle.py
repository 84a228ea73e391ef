"""A vehicle people ride on board is the flight's spacecraft, even when it is a rocket's name too (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_passengers_on_board_a_company_vehicle_make_it_the_spacecraft() -> None:
    ext = run(
        "The capsule carrying Rex Holt and three other passengers on board Blue Origin's New Shepard landed "
        "in the desert on Tuesday after a ten-minute flight.\n"
    )
    assert "New Shepard" in {craft for _, craft in facts(ext, "spacecraft")}


def test_the_boarded_vehicle_is_a_spacecraft_beside_the_rocket_of_its_name() -> None:
    ext = run(
        "The capsule carrying Mia Dorn and two other passengers on board Blue Origin's New Shepard landed "
        "in the desert on Friday after an eleven-minute flight.\n"
    )
    crafts = [fact.obj for fact in ext.facts if fact.predicate == "spacecraft"]
    assert crafts and all(ext.entities[key].kind == "spacecraft" for key in crafts)
    assert any(fact.predicate == "launch_vehicle" for fact in ext.facts)
