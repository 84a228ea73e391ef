"""A flight the article names in so many words ('the voyage, dubbed Borealis5') is that flight, whatever the
shape of its name: no unnamed '<craft> crewed flight' stands for it, and every fact of the story is its."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, facts, missions, run

STORY = (
    "Strapped into the Dragon spacecraft was software investor Lena Marsh, a Canadian citizen. "
    "She paid for the voyage, dubbed Borealis5. "
    "Marsh asked two friends to join her for the four-day Borealis5 mission, which lifted off on May 3 "
    "from the Kennedy Space Center."
)


def test_a_flight_named_by_a_naming_word_is_the_story_flight_with_its_facts() -> None:
    ext = run(STORY, date(2026, 5, 4))
    assert missions(ext) == {"Borealis5"}
    assert "Lena Marsh" in crew(ext, "Borealis5")
    assert facts(ext, "launch_site", "Borealis5") == {("Borealis5", "Kennedy Space Center")}
    assert facts(ext, "launch_date", "Borealis5") == {("Borealis5", "2026-05-03")}
    assert facts(ext, "spacecraft", "Borealis5") == {("Borealis5", "Dragon")}


def test_a_two_word_name_given_to_an_expedition_is_a_flight_not_a_person() -> None:
    ext = run(
        "Four adventurers rode a Dragon capsule into orbit on Monday. "
        "The expedition, known as Polar Star, lifted off from the Kennedy Space Center. "
        "The Polar Star crew will spend five days in orbit.",
        date(2026, 5, 5),
    )
    assert missions(ext) == {"Polar Star"}
    assert not any(e.kind == "person" and e.label == "Polar Star" for e in ext.entities.values())
    assert facts(ext, "launch_site", "Polar Star") == {("Polar Star", "Kennedy Space Center")}
