"""The verb nearest a weekday or bare month sets its direction, a weekday makes a
retrospective sentence an aside of the present, on sentences of our own."""

from __future__ import annotations

from datetime import date

from kg.extract.timex import find_timexes
from tests.test_extract_support import missions, objects, run

# A Wednesday.
TOLD = date(2031, 3, 12)


def _days(text: str, future: bool, anchor: date | None = None) -> list[str]:
    return [str(t.day or t.value) for t in find_timexes(text, TOLD, future, anchor)]


def test_past_verb_before_a_weekday_looks_back_in_a_future_sentence() -> None:
    assert _days("The director told reporters on Monday that the crew would fly in May.", True)[0] == "2031-03-10"
    assert _days("The rover was switched off on Monday, and it will wake next year.", True)[0] == "2031-03-10"


def test_future_verb_before_a_weekday_looks_ahead_in_a_past_sentence() -> None:
    assert _days("Kestrel 4, which lifted off last year, heads back to Earth for a splashdown on Friday.", False)[
        -1:
    ] == ["2031-03-14"]
    assert _days("The freighter that docked in January is due to leave on Saturday.", False)[-1] == "2031-03-15"


def test_past_verb_before_a_bare_month_looks_back_in_a_future_sentence() -> None:
    found = _days("The last flight ferried four tourists in February, and the next will go in June.", True)
    assert found == ["2031-02", "2031-06"]


def test_a_plan_told_in_the_past_perfect_looks_back() -> None:
    assert _days("The docking had been planned for Sunday but slipped because of a sensor.", True) == ["2031-03-09"]


def test_a_weekday_makes_a_retrospective_sentence_recent() -> None:
    story_day = date(1981, 4, 12)
    assert _days("Its successor, launched on Feb. 20, is expected home on Thursday.", False, story_day) == [
        "2031-02-20",
        "2031-03-13",
    ]
    assert _days("The crew came home on Feb. 20.", False, story_day) == ["1981-02-20"]


def test_recent_flight_named_in_an_anniversary_story_gets_this_year() -> None:
    ext = run(
        "Forty years ago today Kestrel 2 lifted off on March 12, 1991. It landed on March 20, 1991. "
        "Meanwhile Kestrel 40, launched on Feb. 20, heads home for a splashdown on Friday.",
        TOLD,
    )
    assert objects(ext, "launch_date", "Kestrel 40") == {"2031-02-20"}


def test_an_auxiliary_far_before_its_participle_still_sets_the_direction() -> None:
    found = _days("The pair of veteran fliers are now firmly scheduled to land on the steppe in January.", False)
    assert found == ["2032-01"]


def test_plainly_numbered_early_soyuz_flights_are_flights_but_soyuz_2_rockets_are_not() -> None:
    ext = run(
        "Voskhod 2 lifted off on March 18, 1965. Its pilot later died when Soyuz 1 crashed on landing, "
        "and Soyuz-11 lifted off on June 6, 1971. Soyuz-2.1a rockets still fly from Plesetsk.",
        TOLD,
    )
    found = missions(ext)
    assert "Soyuz 1" in found
    assert found & {"Soyuz 11", "Soyuz-11"}
    assert not any(name.startswith("Soyuz 2") or name.startswith("Soyuz-2") for name in found)


def test_a_flight_that_reached_a_distance_went_that_high() -> None:
    for wording in ("The ship reached 412 kilometres", "The capsule went as high as 412 km", "It hit a peak of 412 km"):
        ext = run(f"Kestrel 5 lifted off on Monday. {wording}, a record for the type.", TOLD)
        assert objects(ext, "altitude_km", "Kestrel 5") == {"412"}, wording


def test_a_persons_career_total_is_no_flights_length() -> None:
    for wording in (
        "with Ann Lee, who has logged more than 600 days in orbit",
        "with Ann Lee, a veteran of a total of 600 days in space",
        "with Ann Lee, who spent 600 days in orbit over her career",
    ):
        ext = run(f"Kestrel 5 lifted off on Monday {wording}. The flight lasted 12 days.", TOLD)
        assert objects(ext, "duration", "Kestrel 5") == {"P12D"}, wording


def test_the_early_soviet_boosters_are_rockets_not_spacecraft() -> None:
    ext = run("Voskhod 3 lifted off from Baikonur on March 2, 1966, on a Voskhod booster.", TOLD)
    assert objects(ext, "launch_vehicle", "Voskhod 3")
    ext = run("Vostok 7 flew on a Vostok rocket from Baikonur on March 2, 1966.", TOLD)
    assert objects(ext, "launch_vehicle", "Vostok 7")
