"""Words of a Title-Case headline are no person's name by a weak cue alone: 'and' or a country's possessive
before two capitalised words ('Orbitco Signs Deal To Build Labs and Expand Horizons for Research', 'Chile's First
Astronauts to Visit the Station') name no one, while a known given name still does (issue 11)."""

from __future__ import annotations

import pytest

from kg.extract.model import Extraction
from tests.test_extract_support import run


def _people(ext: Extraction) -> set[str]:
    """Return the labels of the people found."""
    return {e.label for e in ext.entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    ("headline", "words"),
    [
        (
            "Orbitco Signs Deal With Europe's Labco To Build Laboratories and Expand Horizons for Deep Research.",
            "Expand Horizons",
        ),
        (
            "Chile's First Astronauts to Join India's Orbital Station: A Fresh Chapter of Southern Space Diplomacy",
            "First Astronauts",
        ),
    ],
)
def test_headline_words_after_a_weak_cue_are_no_person(headline: str, words: str) -> None:
    ext = run(headline + "\n\nThe Crew-61 mission lifted off on Monday with four astronauts aboard.\n")
    assert words not in _people(ext)


def test_a_known_given_name_in_a_headline_is_still_a_person() -> None:
    ext = run(
        "Orbitco Hires Engineers and Michael Torvald for Its First Orbital Station Flights\n\nNo flight was named.\n"
    )
    assert "Michael Torvald" in _people(ext)
