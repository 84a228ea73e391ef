"""A vehicle people ride on board is the flight's spacecraft, even when it is a rocket's name too (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_passengers_on_board_a_company_vehicle_make_it_the_spacecraft() -> None:
    ext = run(
        "The capsule carrying Rex Holt and three other passengers on board Blue Origin's New Shepard landed "
        "in the desert on Tuesday after a ten-minute flight.\n"
    )
    assert "New Shepard" in {craft for _, craft in facts(ext, "spacecraft")}
