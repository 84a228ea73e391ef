"""A purchase, a choice or a test told with its date ('A bought every seat on the trip in September 2018', 'the crew
he chose in December 2022', 'the escape system was tested last October') is a dated happening (lexicon.json's
other_event_words) (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run

FLIGHT = "Soyuz TM-40 docks\n\nThe Soyuz TM-40 crew docked with the station on Tuesday. "


def _dates(sentence: str) -> set[str]:
    return {d for _, d in facts(run(FLIGHT + sentence + "\n", date(2024, 3, 1)), "date")}


def test_a_purchase_is_dated() -> None:
    assert "2018-09" in _dates("Ivan Orlov bought every seat on the trip in September 2018.")
    assert "2005" in _dates("Tom Reade, 80, a retired rower, bought his ticket in 2005 for 200,000 dollars.")


def test_a_choice_is_dated() -> None:
    assert "2022-12" in _dates("The crew he chose in December 2022 included Tom Reade.")


def test_a_test_is_dated() -> None:
    assert "2023-10" in _dates("The crew escape system was already tested last October on a small rocket.")
