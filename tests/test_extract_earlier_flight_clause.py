"""Facts told in a relative clause about an earlier flight named just before belong to that flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import missions, objects, run


def test_an_earlier_flight_in_a_relative_clause_keeps_its_length_and_landing_day() -> None:
    ext = run(
        "The Skylab-3 crew splashed down in the Pacific today after a long stay in orbit. Doctors said the "
        "three men looked stronger than the Skylab-1 crew, who completed a 28-day mission on June 22.",
        date(1973, 11, 20),
    )
    assert "Skylab-1" in missions(ext)
    assert objects(ext, "duration", "Skylab-1") == {"P28D"}
    assert objects(ext, "landing_date", "Skylab-1") == {"1973-06-22"}
    assert objects(ext, "duration", "Skylab-3") == set()
    assert objects(ext, "landing_date", "Skylab-3") == {"1973-11-20"}
