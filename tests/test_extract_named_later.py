"""A flight the article names only after telling its story ('The mission, called X'), on sentences of our own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import missions, objects, run

_STORY = (
    "The space shuttle Atlantis lifted off on June 27, 1995 and docked with the Mir station two days later. "
    "The shuttle carried five astronauts. "
)


def test_the_mission_called_a_name_is_the_flight_and_keeps_its_facts() -> None:
    ext = run(_STORY + "The mission, called SKX-71, set several records.", date(1995, 7, 1))
    assert missions(ext) == {"SKX-71"}
    assert objects(ext, "launch_date", "SKX-71") == {"1995-06-27"}
    assert objects(ext, "spacecraft", "SKX-71") == {"Atlantis"}


def test_a_name_as_the_mission_was_called_is_the_flight() -> None:
    ext = run(_STORY + "Orbit Quest, as the mission was called, set several records.", date(1995, 7, 1))
    assert missions(ext) == {"Orbit Quest"}
