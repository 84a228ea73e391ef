"""A stay that others are getting ready for ('as the agencies prepare for two crew members to spend one year
aboard the station in 2027') is no length of the flight the story tells."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_stay_prepared_for_is_no_length_of_the_flight() -> None:
    ext = run(
        "The Soyuz MS-40 crew landed in Kazakhstan on Thursday after spending six months aboard the station. "
        "Their bone-loss findings will help the agencies get ready for a pair of astronauts to live 12 months "
        "on the outpost later in the decade.",
        date(2026, 3, 5),
    )
    assert objects(ext, "duration", "Soyuz MS-40") == {"P6M"}
