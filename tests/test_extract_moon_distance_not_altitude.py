"""A distance from Earth on the way to the Moon is no height the flight flew at (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _heights(body: str) -> set[float]:
    ext = run(body)
    return {float(str(f.obj.lexical)) for f in ext.facts if f.predicate == "altitude_km"}


def test_a_lunar_distance_from_earth_is_no_altitude() -> None:
    body = "Artemis 9 was 230,000 miles from Earth on Tuesday, coasting toward the Moon with its crew of three.\n"
    assert _heights(body) == set()


def test_an_orbit_from_earth_is_still_an_altitude() -> None:
    body = "Artemis 9 circled 250 miles from Earth on Tuesday with its crew of three.\n"
    assert _heights(body) == {402.336}
