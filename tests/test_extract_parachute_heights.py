"""The height at which a parachute deployment is set to begin, told at some length ('the parachute deployment
initiation will be done when the crew module is at about 17 km altitude'), is no altitude of the flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_parachute_deployment_height_is_no_altitude_of_the_flight() -> None:
    ext = run(
        "Earlier in October, a test vehicle of the Gaganyaan mission lifted off successfully. The crew module in "
        "this mission carries many sensors. The crew module will be slowed down with parachutes. The parachute "
        "deployment initiation will be done when the crew module is at about 17 km altitude.",
        date(2024, 2, 27),
    )
    assert objects(ext, "altitude_km", "Gaganyaan") == set()


def test_a_height_reached_before_the_parachutes_worked_is_still_an_altitude() -> None:
    ext = run(
        "NS-40 flew on Friday. Its parachutes worked perfectly after the capsule reached an altitude of 105 km.",
        date(2031, 11, 1),
    )
    assert objects(ext, "altitude_km", "NS-40") == {"105"}
