"""Lettered designators, superseded or called-off plans, landings told as plans,
on sentences of our own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import missions, objects, run


def test_designator_with_a_letter_suffix_is_its_own_flight() -> None:
    ext = run(
        "Apollo 9 tested the lander in Earth orbit, while Gemini 4B stayed on the ground. "
        "Gemini VI-A rendezvoused with its twin, and Kestrel 3B lifted off a day later.",
        date(2030, 5, 1),
    )
    assert {"Gemini 4B", "Gemini VI-A", "Kestrel 3B"} <= missions(ext)


def test_superseded_plan_date_is_no_launch_date() -> None:
    for wording in ("had originally been planned for", "was first scheduled for", "had been set for"):
        ext = run(
            f"Crew-31 lifted off on Friday, June 7, from Florida. The flight {wording} June 2.",
            date(2030, 6, 8),
        )
        assert objects(ext, "launch_date", "Crew-31") == {"2030-06-07"}, wording


def test_called_off_countdown_dates_no_launch() -> None:
    ext = run(
        "Crew-31 lifted off on Friday, June 7, from Florida, three days after a countdown on June 4 "
        "was halted by a faulty valve.",
        date(2030, 6, 8),
    )
    assert objects(ext, "launch_date", "Crew-31") == {"2030-06-07"}


def test_landing_noun_before_a_plan_cue_dates_the_landing() -> None:
    for clause in ("with splashdown in the Gulf scheduled for June 20", "and its touchdown is set for June 20"):
        ext = run(f"The four astronauts of Crew-30 will leave the station next week, {clause}.", date(2030, 6, 8))
        assert objects(ext, "landing_date", "Crew-30") == {"2030-06-20"}, clause
        assert not objects(ext, "launch_date", "Crew-30"), clause


def test_the_next_day_in_a_past_story_follows_the_story_day() -> None:
    ext = run(
        "Fifty years ago, on March 3, 1980, Gemini 9A thundered off the pad in Nevada. "
        "It parachuted onto the salt flats the following day, a little ahead of schedule.",
        date(2030, 3, 3),
    )
    assert objects(ext, "landing_date", "Gemini 9A") == {"1980-03-04"}


def test_a_weekday_before_its_own_date_adds_no_second_date() -> None:
    ext = run(
        "Gemini 9A had been in orbit since Monday, March 3, 1980, when a Titan rocket launched it from Nevada.",
        date(2030, 3, 3),
    )
    assert objects(ext, "launch_date", "Gemini 9A") == {"1980-03-03"}
    assert all(f.obj.lexical[:4] == "1980" for f in ext.facts if f.predicate == "date" and hasattr(f.obj, "lexical"))


def test_a_launch_of_something_lost_is_no_launch_of_the_flight() -> None:
    ext = run(
        "Gemini 9A had been meant to dock with a target drone, but the drone blew up during launch on May 2, 1980. "
        "Gemini 9A rocketed away on June 9, 1980, from Nevada.",
        date(2030, 6, 9),
    )
    assert objects(ext, "launch_date", "Gemini 9A") == {"1980-06-09"}
