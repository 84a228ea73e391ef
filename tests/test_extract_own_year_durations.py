"""In a story told years later, a sentence dated in the flight's own year ('The capsule splashed down on April 17,
1970, after five days, 22 hours and 54 minutes') gives that flight its length; a sentence of another year still
tells an earlier flight's (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run

OPENING = (
    "Fifty years on\n\n"
    "Fifty years ago today, Gemini 40 lifted off from Cape Kennedy on April 11, 1970, with Ivan Orlov and Mara "
    "Quint aboard.\n\n"
)


def test_a_sentence_of_the_flights_own_year_gives_its_length() -> None:
    ext = run(
        OPENING + "The capsule splashed down near Samoa on April 17, 1970, after five days, 22 hours and 54 minutes.\n",
        date(2020, 4, 11),
    )
    assert ("Gemini 40", "P5DT22H54M") in facts(ext, "duration")


def test_a_sentence_of_another_year_gives_no_length() -> None:
    ext = run(
        OPENING + "Orlov had spent eight days in space on an earlier flight in 1966.\n",
        date(2020, 4, 11),
    )
    assert ("Gemini 40", "P8D") not in facts(ext, "duration")


def test_a_landing_in_the_year_after_the_launch_gives_its_length() -> None:
    ext = run(
        "Fifty years on\n\n"
        "Fifty years ago, Skylab 40 lifted off from Cape Kennedy on November 16, 1973, with Ivan Orlov and Mara "
        "Quint aboard.\n\n"
        "The crew splashed down in the Pacific on February 8, 1974, after 84 days in orbit.\n",
        date(2023, 11, 16),
    )
    assert ("Skylab 40", "P84D") in facts(ext, "duration")
