"""A plural trade written as a title before a list of names ('company pilots A and B', 'Astronauts Commander A
and Flight Engineer B') is the trade of every name listed, titles between them or not (issue 11)."""

from __future__ import annotations

import pytest

from tests.test_extract_support import facts, run

_LAUNCH = "Orbit reached\n\nA Soyuz rocket sent the Soyuz T-41 spacecraft from Baikonur with three men aboard. "


@pytest.mark.parametrize(
    ("sentence", "trade"),
    [
        ("Stellar Aviation pilots Oleg Baranov and Pavel Drozdov flew the carrier plane.", "pilot"),
        ("Astronauts Commander Pavel Drozdov and Flight Engineer Oleg Baranov slept first.", "astronaut"),
    ],
)
def test_a_plural_title_before_a_list_is_the_trade_of_each_name(sentence: str, trade: str) -> None:
    found = facts(run(_LAUNCH + sentence + "\n"), "occupation")
    assert {("Pavel Drozdov", trade), ("Oleg Baranov", trade)} <= found


def test_a_plural_trade_before_one_name_of_another_group_is_not_given_to_a_later_name() -> None:
    found = facts(run(_LAUNCH + "The pilots praised Pavel Drozdov, and Oleg Baranov spoke later.\n"), "occupation")
    assert ("Oleg Baranov", "pilot") not in found


def test_a_plural_seat_before_a_list_is_no_trade() -> None:
    found = facts(run(_LAUNCH + "Flight engineers Pavel Drozdov and Oleg Baranov slept first.\n"), "occupation")
    assert not {("Pavel Drozdov", "engineer"), ("Oleg Baranov", "engineer")} & found


def test_a_singular_trade_ending_in_s_is_not_shared_by_the_list() -> None:
    found = facts(run(_LAUNCH + "Actress Dana Whitlock and engineer Oleg Baranov boarded.\n"), "occupation")
    assert ("Oleg Baranov", "actress") not in found
