"""A crew member who named the craft ('Okafor named the spacecraft the Lucky Star after a song') gives the
flight a spacecraft of that name, however many words it has; a name given to something else does not."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_craft_named_by_its_pilot_is_the_flights_spacecraft() -> None:
    ext = run(
        "On March 3rd, 1966 the Gemini 14 launched into orbit. The ship was manned by Ada Okafor and Ben Tull. "
        "Okafor named the spacecraft the Lucky Star in honour of a song her father sang.",
        date(2016, 3, 3),
    )
    assert "Lucky Star" in objects(ext, "spacecraft", "Gemini 14")


def test_a_name_given_to_a_dog_is_no_spacecraft() -> None:
    ext = run(
        "On March 3rd, 1966 the Gemini 14 launched into orbit. The ship was manned by Ada Okafor and Ben Tull. "
        "Okafor named the puppy Lucky Star in honour of a song her father sang.",
        date(2016, 3, 3),
    )
    assert "Lucky Star" not in objects(ext, "spacecraft", "Gemini 14")
