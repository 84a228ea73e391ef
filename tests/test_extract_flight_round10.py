"""Round ten: flights named only by a 'Name Number' designator next to flying words, and Skylab's crewed
flights, on sentences of our own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import missions, objects, run


def test_designator_before_a_launch_verb_is_a_flight() -> None:
    ext = run(
        "Horizon 3 blasted off from the desert at dawn with two pilots on board. "
        "Its sister flight Meridian-7 splashed down a week later.",
        date(2031, 4, 2),
    )
    assert {"Horizon 3", "Meridian-7"} <= missions(ext)


def test_designator_after_aboard_is_a_flight() -> None:
    ext = run(
        "Three engineers rode aboard Kestrel 12 to the outpost, and a fourth flew on Kestrel 14 the next spring.",
        date(2031, 4, 2),
    )
    assert {"Kestrel 12", "Kestrel 14"} <= missions(ext)


def test_rockets_pads_and_stations_with_numbers_are_no_flights() -> None:
    ext = run(
        "A Falcon 9 lifted off from Pad 39A, and Saturn 5 launched the crew. "
        "Cosmonauts aboard Salyut 6 watched, and the astronauts aboard Expedition 45 slept.",
        date(2020, 1, 1),
    )
    labels = missions(ext)
    assert not {"Falcon 9", "Saturn 5", "Salyut 6", "Expedition 45", "Saturn V"} & labels


def test_skylab_numbers_are_flights_to_skylab() -> None:
    ext = run(
        "Skylab 3 lifted off on July 28, 1973, carrying three astronauts to the Skylab workshop. "
        "The crew returned after 59 days.",
        date(2023, 7, 28),
    )
    assert "Skylab 3" in missions(ext)
    assert "Skylab" not in missions(ext)
    assert objects(ext, "launch_date", "Skylab 3") == {"1973-07-28"}
