"""A flight the article names only through its capsule ('aboard a spacecraft named Liberty 9') is labelled with
the capsule's name, not as an unnamed flight of that craft."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Extraction
from tests.test_extract_support import run


def _flight_labels(ext: Extraction) -> set[str]:
    return {e.label for e in ext.entities.values() if e.kind == "mission"}


def test_a_flight_told_through_a_named_capsule_takes_the_capsule_name() -> None:
    ext = run(
        "A test pilot flew 90 miles high today aboard a spacecraft named Liberty 9. "
        "Liberty 9, a small capsule on the nose of an Atlas rocket, blasted off from the cape at dawn.",
        date(1962, 3, 1),
    )
    assert _flight_labels(ext) == {"Liberty 9"}


def test_a_capsule_named_without_a_naming_word_still_makes_a_crewed_flight_of_it() -> None:
    ext = run(
        "A test pilot flew 90 miles high today aboard the capsule Liberty 9. "
        "Liberty 9, a small capsule on the nose of an Atlas rocket, blasted off from the cape at dawn.",
        date(1962, 3, 1),
    )
    assert _flight_labels(ext) != {"Liberty 9"}
