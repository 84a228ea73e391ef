"""A flight that reached orbit is not a suborbital one because a stage went sub-orbital on the way (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_an_orbital_flight_boosted_through_sub_orbital_altitude_is_not_suborbital() -> None:
    ext = run(
        "A Boeing Starliner spacecraft lifted off from Cape Canaveral on Tuesday and reached orbit "
        "with two astronauts on board.\n\n"
        "The Starliner was boosted into sub-orbital altitude by its Atlas V booster before separating.\n"
    )
    assert {label for _, label in facts(ext, "destination")} == {"orbit"}
