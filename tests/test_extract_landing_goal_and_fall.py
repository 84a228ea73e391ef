"""A landing told as a goal striven for ('built as part of the attempt to land a man on the Moon') names no
landing site; a height a craft fell from ('plunged to the ground from five miles up') is no altitude of the
flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_landing_striven_for_names_no_landing_site() -> None:
    ext = run(
        "Soyuz 40 crashed on Sunday. The Soyuz 40 craft was a new type of ship, built as part of the country's "
        "attempt to land a man on the Moon.",
        date(1970, 4, 6),
    )
    assert objects(ext, "landing_site", "Soyuz 40") & {"Moon", "moon"} == set()


def test_a_height_fallen_from_is_no_altitude() -> None:
    ext = run(
        "Soyuz 40 crashed on Sunday when its parachute failed. The capsule plunged to the ground from five miles up.",
        date(1970, 4, 6),
    )
    assert objects(ext, "altitude_km", "Soyuz 40") == set()


def test_a_height_reached_is_still_an_altitude() -> None:
    ext = run("Gemini 14 lifted off on Thursday and climbed to 116 miles up.", date(1967, 3, 3))
    assert objects(ext, "altitude_km", "Gemini 14") == {"186.684"}
