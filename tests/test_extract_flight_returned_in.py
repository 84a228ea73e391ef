"""A return made in another flight's craft ('returned to Earth at 7:04 p.m. August 27 in the Soyuz T-8 that had
carried A and B to Salyut 7') is that flight's landing, and the place its relative clause carried people to is its
destination, not the destination of the flight the story tells."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

STORY = (
    "August 19-29: The Soviet Union launched Soyuz T-9 at 9:12 p.m. Moscow time August 19 carrying three "
    "cosmonauts to orbital station Salyut 7. On August 26 the visitors began preparing for their return trip. "
    "They returned to Earth at 7:04 p.m. Moscow time August 27 in the Soyuz T-8 that had carried Orlov and "
    "Sokolov to Salyut 7, and the two men who stayed behind moved Soyuz T-9 to the other port."
)


def test_a_return_made_in_another_flight_is_that_flight_s_landing() -> None:
    ext = run(STORY, date(1984, 8, 29))
    assert objects(ext, "landing_date", "Soyuz T-8") == {"1984-08-27T19:04:00+04:00"}
    assert objects(ext, "landing_date", "Soyuz T-9") == set()


def test_the_place_a_flight_s_relative_clause_carried_people_to_is_its_destination() -> None:
    ext = run(STORY, date(1984, 8, 29))
    assert objects(ext, "destination", "Soyuz T-8") == {"Salyut 7"}


def test_a_return_in_the_flight_told_stays_its_landing() -> None:
    ext = run(
        "Soyuz MS-40 undocked from the station on Thursday. Its crew returned to Earth on Friday aboard Soyuz "
        "MS-40, landing in Kazakhstan.",
        date(2031, 4, 5),
    )
    assert objects(ext, "landing_date", "Soyuz MS-40") == {"2031-04-04"}
