"""The Moon told as a later goal that a flight prepares for ('in preparation for crewed landings on the Moon',
'speeding the programme ahead to reach the Moon by the end of the decade') or as scenery ('with the moon as a
backdrop') is no destination of the flight told of."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Extraction
from tests.test_extract_support import objects, run


def _destinations(ext: Extraction, flight: str) -> set[str]:
    return {place.lower() for place in objects(ext, "destination", flight)}


def test_a_moon_the_flight_prepares_for_is_no_destination() -> None:
    ext = run(
        "Apollo 8 circled the Earth for ten days. The mission aimed to prove the crew, the ground teams and the new "
        "capsule in preparation for crewed flights to the Moon.",
        date(1968, 10, 30),
    )
    assert "moon" not in _destinations(ext, "Apollo 8")
    flown = run("Apollo 8 flew to the Moon and back in six days.", date(1968, 12, 28))
    assert "moon" in _destinations(flown, "Apollo 8")


def test_a_moon_a_programme_is_sped_ahead_to_is_no_destination() -> None:
    ext = run(
        "Apollo 8 orbited the Earth 160 times. Its success sped the whole programme ahead to reach the Moon by the "
        "end of the decade.",
        date(1968, 10, 30),
    )
    assert "moon" not in _destinations(ext, "Apollo 8")


def test_research_that_helps_prepare_for_stays_on_the_moon_sends_no_flight_there() -> None:
    ext = run(
        "The Crew-40 astronauts docked at the International Space Station on Friday. They will run experiments "
        "that help the agency get ready for long stays on the Moon and later Mars.",
        date(2026, 5, 6),
    )
    assert objects(ext, "destination", "Crew-40") == {"International Space Station"}


def test_a_lunar_landing_schedule_the_flight_keeps_on_track_sends_it_nowhere() -> None:
    ext = run(
        "Apollo 8 orbited the Earth for ten days. Its success put the lunar landing schedule back on track.",
        date(1968, 10, 30),
    )
    assert "moon" not in _destinations(ext, "Apollo 8")


def test_a_moon_seen_as_a_backdrop_is_no_destination() -> None:
    ext = run(
        "The Crew-40 rocket blasted off into the dark sky on Friday, with the moon as a bright backdrop.",
        date(2026, 5, 6),
    )
    assert "moon" not in _destinations(ext, "Crew-40")
