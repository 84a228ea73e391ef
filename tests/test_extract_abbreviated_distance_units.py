"""A height written with an abbreviated unit and its full stop ('cruise 250 mi. above Earth') is the flight's
altitude: the words after the abbreviation still say what the figure measures."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_an_altitude_in_abbreviated_miles_is_the_flights_altitude() -> None:
    ext = run(
        "The Soyuz MS-40 crew lifted off on Tuesday and will cruise 250 mi. above Earth for a week.",
        date(2026, 5, 6),
    )
    assert facts(ext, "altitude_km", "Soyuz MS-40") == {("Soyuz MS-40", "402.336")}
