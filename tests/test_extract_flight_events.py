"""Dated happenings, durations, altitudes and landings of flights, on sentences of our own."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Extraction, Value
from tests.test_extract_support import objects, run


def event_dates(ext: Extraction) -> set[str]:
    """Return the dates of every event found."""
    return {
        f.obj.lexical
        for f in ext.facts
        if f.predicate == "date" and ext.entities[f.subject].kind == "event" and isinstance(f.obj, Value)
    }


def test_past_verb_with_a_year_dates_a_happening() -> None:
    ext = run(
        "Crew-44 lifted off on Friday. Romania's first cosmonaut went up in 1981, and a Mongolian "
        "pilot followed in 1982.",
        date(2023, 5, 5),
    )
    assert {"1981", "1982"} <= event_dates(ext)


def test_past_verb_with_a_few_words_before_its_date() -> None:
    ext = run(
        "Shenzhou-31 docked on Thursday. The module was put into orbit on March 3, and the "
        "commander, who was injured in a car crash in 2019, recovered.",
        date(2033, 5, 5),
    )
    assert {"2033-03-03", "2019"} <= event_dates(ext)


def test_past_verb_before_a_later_date_is_not_a_happening() -> None:
    ext = run(
        "Crew-44 lifted off on Friday. Engineers finished the design for a module in 2031, and the "
        "agency picked a crew for a lab in 2040.",
        date(2023, 5, 5),
    )
    assert not {"2031", "2040"} & event_dates(ext)


def test_sentence_opening_on_the_new_crew_speaks_of_the_main_flight() -> None:
    ext = run(
        "Soyuz MS-40 lifted off from Baikonur on Friday with Anna Petrova and Igor Volkov aboard. "
        "Already on the station, the engineer Mark Hollis will have spent eight months in orbit by June. "
        "The new crew will live some 250 miles above the Earth until autumn.",
        date(2031, 4, 4),
    )
    assert objects(ext, "altitude_km", "Soyuz MS-40") == {"402.336"}
