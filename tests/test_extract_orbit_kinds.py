"""A flight sent 'into polar orbit' (or a high, elliptical or circular one) goes to orbit, like one sent
'into low Earth orbit'."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_flight_sent_into_polar_orbit_has_orbit_as_its_destination() -> None:
    ext = run(
        "Soyuz MS-40 lifted off on Tuesday, carrying three cosmonauts into polar orbit for the first time.",
        date(2026, 5, 6),
    )
    assert {o for _, o in facts(ext, "destination", "Soyuz MS-40")} == {"orbit"}
