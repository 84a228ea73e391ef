"""The height a carrier plane takes a spaceplane to before dropping it ('carried it to an altitude of 45,000
feet') is no altitude of the flight; the height the spaceplane then reaches is."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_carrier_planes_release_height_is_no_altitude_of_the_flight() -> None:
    ext = run(
        "The spaceplane Kestrel, slung under its mother ship, took off from Spaceport America and was carried "
        "to an altitude of 45,000 feet (13,716 meters), where it was released. "
        "The mission, called Skyward 12, then reached an altitude of 55 miles (88.5 km).",
        date(2026, 5, 2),
    )
    assert facts(ext, "altitude_km", "Skyward 12") == {("Skyward 12", "88.5")}
