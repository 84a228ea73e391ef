"""Organisations named in apposition or with their acronym in brackets: 'the founder of a shipping company,
Harrow Holdings', 'co-founded Blue Kestrel Partners (BKP)', 'both served in the Chilean Naval Aviation (CNA)';
an abbreviated thing that is no body ('Extravehicular Activity (EVA)') is none (issue 11)."""

from __future__ import annotations

import pytest

from kg.extract.model import Extraction
from tests.test_extract_support import run


def _orgs(ext: Extraction) -> set[str]:
    """Return the labels of the organisations found."""
    return {e.label for e in ext.entities.values() if e.kind == "organization"}


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Tavish Brennock is the founder of a shipping company, Harrow Holdings.", "Harrow Holdings"),
        ("He also co-founded Blue Kestrel Partners (BKP) which invests in start-ups.", "Blue Kestrel Partners"),
        ("Both men hail from the Chilean Naval Aviation (CNA), known for its training.", "Chilean Naval Aviation"),
    ],
)
def test_a_body_in_apposition_or_with_its_acronym_is_an_organisation(sentence: str, org: str) -> None:
    ext = run("Six fly next week\n\nThe NS-40 mission will carry six people to space. " + sentence + "\n")
    assert org in _orgs(ext)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew trained for an Extravehicular Activity (EVA) in the pool.",
        "The capsule reached Low Earth Orbit (LEO) within minutes.",
        "She works for a software company, Dana Whitlock said.",
    ],
)
def test_an_abbreviated_thing_or_a_speaker_is_no_organisation(sentence: str) -> None:
    ext = run("Six fly next week\n\nThe NS-40 mission will carry six people to space. " + sentence + "\n")
    assert not _orgs(ext) & {"Extravehicular Activity", "Low Earth Orbit", "Dana Whitlock"}


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "Since her flight she has gone on with her research and now works at Westbrook College Leeds.",
            "Westbrook College Leeds",
        ),
        ("He worked for Harrow Marine Holdings before he was chosen.", "Harrow Marine Holdings"),
    ],
)
def test_a_body_someone_works_at_is_an_organisation(sentence: str, org: str) -> None:
    ext = run("Six fly next week\n\nThe NS-40 mission will carry six people to space. " + sentence + "\n")
    assert org in _orgs(ext)


def test_a_person_someone_works_for_is_no_organisation() -> None:
    ext = run("Six fly next week\n\nThe NS-40 mission will carry six people. She worked for Michael Torvald.\n")
    assert "Michael Torvald" not in _orgs(ext)


def test_a_project_named_with_a_capitalised_word_is_an_organisation() -> None:
    ext = run(
        "Six fly next week\n\nThe NS-40 mission will carry six people. She was picked for Project Kestrel - a plan "
        "to send a Chilean to space. Project Manager Dana Whitlock said so.\n"
    )
    assert "Project Kestrel" in _orgs(ext)
    assert "Project Manager" not in _orgs(ext)
