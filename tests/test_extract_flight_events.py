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


def test_brought_the_craft_down_is_a_dated_landing() -> None:
    ext = run(
        "STS-90 lifted off from Kennedy Space Center on March 2. On March 9 the commander brought the "
        "heavy orbiter down at Edwards Air Force Base.",
        date(2031, 3, 12),
    )
    assert objects(ext, "landing_date", "STS-90") == {"2031-03-09"}


def test_expected_back_at_a_known_site_is_a_landing_there() -> None:
    ext = run(
        "Shenzhou-31 docked with the station on Thursday. The taikonauts will stay six months and are "
        "expected back at Dongfeng in November.",
        date(2033, 5, 5),
    )
    assert objects(ext, "landing_site", "Shenzhou-31") == {"Dongfeng"}
    assert objects(ext, "landing_date", "Shenzhou-31") == {"2033-11"}


def test_flight_handed_over_to_is_not_the_one_landing() -> None:
    ext = run(
        "Shenzhou-31 lifted off on Thursday carrying commander Li Wei and two crewmates. After six months Li "
        "and his crewmates are to hand the station over to the Shenzhou-32 crew and land at the Dongfeng site.",
        date(2033, 5, 5),
    )
    assert objects(ext, "landing_site", "Shenzhou-31") == {"Dongfeng site"}
    assert objects(ext, "landing_site", "Shenzhou-32") == set()
