"""Where a parachute opened on the way down ('opened its parachute about 9 miles above the ground') is no altitude of
the flight, and so no sign of a suborbital hop."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_parachute_height_is_no_altitude() -> None:
    body = (
        "Shenzhou-31 landed safely today after 14 orbits of the Earth. The capsule re-entered the atmosphere at "
        "5:10 a.m. and opened its parachute about 9 miles above the ground."
    )
    ext = run(body, date(2031, 5, 8))
    assert objects(ext, "altitude_km", "Shenzhou-31") == set()
    assert "suborbital space" not in objects(ext, "destination", "Shenzhou-31")


def test_an_orbit_height_is_still_an_altitude() -> None:
    body = "Shenzhou-31 landed safely today after circling the Earth at an altitude of 200 miles."
    assert objects(run(body, date(2031, 5, 8)), "altitude_km", "Shenzhou-31") == {"321.869"}
