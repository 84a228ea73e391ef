"""A trade told by what a person worked or joined as, right after the name ('A worked his first shift as a flight
director', 'B, 92, who worked in mission control as a flight director', 'C, who joined the firm in 2016 as a flight
sciences engineer') is that person's occupation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "Gemini 40 flies\n\nThe Gemini 40 capsule splashed down on Tuesday with Ivan Orlov and Mara Quint aboard. "


def _trades(sentence: str, person: str) -> set[str]:
    return objects(run(FLIGHT + sentence + "\n"), "occupation", person)


def test_worked_a_shift_as() -> None:
    assert "flight director" in _trades(
        "It was the first flight run from the new control room, where Tom Reade worked his first shift as a flight "
        "director.",
        "Tom Reade",
    )


def test_who_worked_somewhere_as() -> None:
    assert "flight director" in _trades(
        'Tom Reade, 92, who worked in mission control as a flight director, said the flight "taught us a lot."',
        "Tom Reade",
    )


def test_who_joined_a_firm_as() -> None:
    assert "engineer" in _trades(
        "Also aboard was Tom Reade, who joined the company in 2016 as a flight sciences engineer.", "Tom Reade"
    )


def test_a_long_phrase_after_as_names_no_trade() -> None:
    assert not _trades(
        "Tom Reade, who worked as a volunteer for a charity that trains young engineers, watched the landing.",
        "Tom Reade",
    ) & {"engineer"}
