"""Occupations told in a later sentence opened by a pronoun go to the person last named whose gender fits."""

from __future__ import annotations

from tests.test_extract_support import objects, run

STORY = "Blue Origin flew six passengers to space on Sunday, including Laura Finch and Pavel Orlov. "


def test_she_is_a_retired_captain() -> None:
    ext = run(STORY + "Finch spoke first. She is a retired Navy captain.\n")
    assert {o.lower() for o in objects(ext, "occupation", "Laura Finch")} == {"navy captain"}


def test_he_worked_as_an_engineer_skips_a_woman_named_last() -> None:
    ext = run(STORY + "Orlov thanked Laura Finch. He worked as an aerospace engineer for 20 years.\n")
    assert objects(ext, "occupation", "Pavel Orlov") == {"aerospace engineer"}
    assert not objects(ext, "occupation", "Laura Finch")


def test_a_pronoun_sentence_without_an_occupation_adds_none() -> None:
    ext = run(STORY + "She is a woman of few words.\n")
    assert not objects(ext, "occupation", "Pavel Orlov") and not objects(ext, "occupation", "Laura Finch")
