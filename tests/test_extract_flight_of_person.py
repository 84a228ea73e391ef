"""'the July 2021 flight of company founder A and three others on the NS-12 mission': A is that flight's crew
(issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, run


def test_the_flight_of_a_person_on_a_named_mission_makes_them_its_crew() -> None:
    ext = run(
        "Orbitco flew its NS-40 suborbital flight from West Texas on Tuesday.\n\n"
        "NS-40 was the company's tenth crewed mission, starting with the July 2021 flight of company founder "
        "Dana Whitfield and three others on the NS-12 mission.\n",
        published=date(2025, 2, 26),
    )
    assert "Dana Whitfield" in crew(ext, "NS-12")
