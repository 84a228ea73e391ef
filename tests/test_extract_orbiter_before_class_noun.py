"""An orbiter named before its class noun ('NASA's Atlantis space shuttle') is the flight's craft."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_an_orbiter_before_space_shuttle_is_the_craft() -> None:
    ext = run(
        "NASA's Atlantis space shuttle and its six astronauts glided to a stop in Florida on Sunday, "
        "wrapping up the STS-140 mission.",
        date(2031, 5, 5),
    )
    assert objects(ext, "spacecraft", "STS-140") == {"Atlantis"}
