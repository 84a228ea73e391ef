"""A crew that 'had blasted off two days earlier from Kazakhstan' launched from that country when the sentence
names no launch site of its own; a place they came back from is no launch site."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_launch_told_from_a_country_has_the_country_as_its_site() -> None:
    ext = run(
        "The Soyuz MS-40 crew, who had blasted off two days earlier from Kazakhstan, docked at the station today.",
        date(2026, 5, 6),
    )
    assert {o for _, o in facts(ext, "launch_site", "Soyuz MS-40")} == {"Kazakhstan"}


def test_a_country_the_crew_returned_from_is_no_launch_site() -> None:
    ext = run(
        "The Soyuz MS-40 crew, who had blasted off in March, flew home today from Kazakhstan.",
        date(2026, 9, 6),
    )
    assert facts(ext, "launch_site", "Soyuz MS-40") == set()
