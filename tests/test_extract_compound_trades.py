"""A trade made of two joined by a hyphen ('the 52-year-old reporter-cosmonaut') is the person's trade, whole; so is
a game developer, written with a hyphen or without (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_two_trades_joined_by_a_hyphen_are_one_trade_of_the_person_in_apposition() -> None:
    ext = run(
        "Reporter files from orbit\n\n"
        "The broadcaster paid for the seat. It sent Hiroshi Tanabe, the 52-year-old reporter-cosmonaut, "
        "to the station for a week.\n"
    )
    assert ("Hiroshi Tanabe", "reporter-cosmonaut") in facts(ext, "occupation")


def test_a_game_developer_told_in_a_copula_is_that_persons_trade() -> None:
    ext = run(
        "Paying passenger lands\n\n"
        "The capsule landed on Monday. Mark Delaney is a computer game-developer multi-millionaire. "
        "He paid for his seat.\n"
    )
    assert ("Mark Delaney", "game developer") in facts(ext, "occupation")
