"""A crew listed after a fronted 'Aboard was' whose first item is a role set off by a comma ('Aboard was the
ship's commander, veteran cosmonaut A, engineer B and C'): all listed fly, the first in that role (issue 11)."""

from __future__ import annotations

import pytest

from tests.test_extract_support import crew, missions, run

_LAUNCH = (
    "Tourist reaches orbit\n\nA Soyuz rocket carrying three people lifted off on Thursday from the Baikonur base. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aboard was the ship's commander, veteran cosmonaut Pavel Drozdov, Norwegian Navy pilot Eirik Solberg "
        "and Canadian software entrepreneur Dana Whitlock.",
        "On board were the mission commander, Pavel Drozdov, test pilot Eirik Solberg and Dana Whitlock.",
    ],
)
def test_a_role_opening_an_inverted_list_goes_to_its_first_name(sentence: str) -> None:
    ext = run(_LAUNCH + sentence + "\n")
    flight = next(iter(missions(ext)))
    found = crew(ext, flight)
    assert "commander" in found.get("Pavel Drozdov", set())
    assert {"Eirik Solberg", "Dana Whitlock"} <= set(found)


def test_a_role_of_a_station_before_the_list_gives_no_crew_role() -> None:
    ext = run(_LAUNCH + "Aboard the station was its commander, Pavel Drozdov, who welcomed them.\n")
    for found in (crew(ext, m) for m in missions(ext)):
        assert "commander" not in found.get("Pavel Drozdov", set())
