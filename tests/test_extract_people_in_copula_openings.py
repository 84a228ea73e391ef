"""People named in a copula sentence with no given name the lexicon knows: a who-clause after the name ('First
among the team is Odran Kelleway who has ...') or 'is another member' ('Tavish Brennock is another member who ...')
marks the name as a person's (issue 11)."""

from __future__ import annotations

import pytest

from kg.extract.model import Extraction
from tests.test_extract_support import crew, run


def _people(ext: Extraction) -> set[str]:
    """Return the labels of the people found."""
    return {e.label for e in ext.entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("First among the team is Odran Kelleway who holds two gliding records.", "Odran Kelleway"),
        ("Next on the list is Quillon Marsh, who has climbed the seven summits.", "Quillon Marsh"),
        ("Tavish Brennock is another member who is both a diver and a pilot.", "Tavish Brennock"),
        ("Ysolde Farran was the other passenger on the flight.", "Ysolde Farran"),
    ],
)
def test_a_name_before_a_who_clause_or_a_member_noun_is_a_person(sentence: str, name: str) -> None:
    ext = run("Six fly to space next week\n\nThe NS-40 mission will carry six people to space. " + sentence + "\n")
    assert name in _people(ext)


def test_a_body_before_a_member_noun_is_no_person() -> None:
    ext = run("Crew named\n\nThe NS-40 mission will carry six people. Orbital Works is another member company.\n")
    assert "Orbital Works" not in _people(ext)


def test_the_owner_of_a_launching_company_told_by_a_bare_apostrophe_is_no_crew() -> None:
    ext = run(
        "Six fly next week\n\n"
        "Dana Wells' rocket company Orbitco is set to launch six people to space on June 4 on the NS-40 mission.\n"
    )
    assert "Dana Wells" not in crew(ext, "NS-40")


_TEAM = (
    "Six fly next week\n\n"
    "The crew of the NS-40 mission includes one woman and five men with long careers in many fields. "
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("First among the team is Odran Kelleway who holds two gliding records.", "Odran Kelleway"),
        ("Tavish Brennock is another member who is both a diver and a pilot.", "Tavish Brennock"),
        ("Next on the crew is Quillon Marsh, a retired surgeon.", "Quillon Marsh"),
    ],
)
def test_a_member_told_in_a_copula_sentence_is_crew(sentence: str, name: str) -> None:
    assert name in crew(run(_TEAM + sentence + "\n"), "NS-40")


def test_a_member_of_a_board_is_no_crew() -> None:
    ext = run(_TEAM + "Tavish Brennock is another member of the company's staff.\n")
    assert "Tavish Brennock" not in crew(ext, "NS-40")
