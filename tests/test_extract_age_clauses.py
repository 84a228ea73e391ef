"""An age told in a clause after a name ('A, who is 64, ...', 'B, also 47 years old, ...') is that person's age;
an age in a clause about a past time ('C, who was 30 when ...') is not (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "The Soyuz TMA-40 capsule docked with the station on Monday, carrying Pavel Orlov and Jane Holt.\n\n"


def test_age_in_a_who_is_clause() -> None:
    ext = run(FLIGHT + "Mr. Orlov, who is 64, now teaches at a flying school.\n")
    assert objects(ext, "age", "Pavel Orlov") == {"64"}


def test_age_told_with_also_and_years_old() -> None:
    ext = run(FLIGHT + "Holt, also 47 years old, is a fighter pilot.\n")
    assert objects(ext, "age", "Jane Holt") == {"47"}


def test_age_in_a_who_was_clause_about_the_past_is_no_age() -> None:
    ext = run(FLIGHT + "Holt, who was 30 when she first flew, is a fighter pilot.\n")
    assert objects(ext, "age", "Jane Holt") == set()


def test_age_told_with_also_before_an_apposition() -> None:
    ext = run(FLIGHT + "Beside him sat Jane Holt, also 36, a spacecraft designer.\n")
    assert objects(ext, "age", "Jane Holt") == {"36"}
    assert objects(ext, "occupation", "Jane Holt") == {"designer"}
