"""Trades the news names that the lexicon lacked ('a biochemist', 'co-anchor', 'national security adviser') are
occupations, and a subject's age told as 'also 47 years old' does not hide the trade after it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "The Soyuz TMA-40 capsule docked with the station on Monday, carrying Pavel Orlov and Jane Holt.\n\n"


def test_a_biochemist_named_as_the_subject() -> None:
    ext = run(FLIGHT + "Holt is a biochemist and the commander of the flight.\n")
    assert "biochemist" in objects(ext, "occupation", "Jane Holt")


def test_a_co_anchor_before_a_name() -> None:
    ext = run(FLIGHT + "Guests include morning show co-anchor Mark Dalby.\n")
    assert objects(ext, "occupation", "Mark Dalby") == {"co-anchor"}


def test_a_national_security_adviser_before_a_name() -> None:
    ext = run(FLIGHT + "Among the guests was former national security adviser Ivan Zorin.\n")
    assert objects(ext, "occupation", "Ivan Zorin") == {"national security adviser"}


def test_an_age_with_years_old_before_the_subject_trade() -> None:
    ext = run(FLIGHT + "Orlov, also 47 years old, is a fighter pilot with the space agency.\n")
    assert objects(ext, "occupation", "Pavel Orlov") == {"fighter pilot"}
