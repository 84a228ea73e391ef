"""An age told inside a clause about a person ('a former pilot who at 32 is the youngest', 'went to space today, and
at 88 became the oldest') or past an apposition ('A, the commander, now 58,', 'B, a former pilot who is 57,') is that
person's age (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run

FLIGHT = "Soyuz TM-40 docks\n\nThe Soyuz TM-40 crew, Ivan Orlov and Mara Quint, docked with the station on Tuesday. "


def _ages(sentence: str) -> set[tuple[str, str]]:
    return facts(run(FLIGHT + sentence + "\n"), "age")


def test_at_an_age_inside_a_who_clause() -> None:
    ages = _ages("Alongside Orlov is flight engineer Mara Quint, a former air force pilot who at 32 is the youngest.")
    assert ("Mara Quint", "32") in ages


def test_at_an_age_in_a_verb_joined_to_the_subject() -> None:
    ages = _ages(
        "Tom Reade, who played a captain on television, went to space today, and at 88 became the oldest person "
        "to do so."
    )
    assert ("Tom Reade", "88") in ages


def test_an_age_past_an_apposition() -> None:
    ages = _ages("Orlov, the commander, now 58, had flown before; Quint, a former pilot who is 57, had not.")
    assert ("Ivan Orlov", "58") in ages
    assert ("Mara Quint", "57") in ages


def test_an_hour_is_no_age() -> None:
    ages = _ages("Orlov woke the crew, and at 9 was on the radio to Moscow.")
    assert ("Ivan Orlov", "9") not in ages
