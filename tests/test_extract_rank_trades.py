"""A rank told as the trade after a name ('A, 45, a marine colonel', 'B is a retired Air Force lieutenant colonel')
is the occupation: the last noun of the phrase is the trade, not a service word before it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "The Soyuz TMA-40 capsule docked with the station on Monday, carrying Pavel Orlov and Jane Holt.\n\n"


def test_the_rank_after_a_service_word_is_the_occupation() -> None:
    ext = run(FLIGHT + "The flight is led by Commander Pavel Orlov, 45, a marine colonel, who flew twice before.\n")
    assert objects(ext, "occupation", "Pavel Orlov") == {"colonel"}


def test_a_two_word_rank_told_later_is_the_occupation() -> None:
    ext = run(FLIGHT + "Holt, 50, is a retired Air Force lieutenant colonel.\n")
    assert objects(ext, "occupation", "Jane Holt") == {"lieutenant colonel"}
