"""A name written with its acronym in brackets keeps the plain name as its label (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_station_named_with_its_acronym_is_labelled_without_it() -> None:
    ext = run(
        "The Soyuz MS-31 spacecraft blasted off on Friday for a mission to the International Space Station (ISS).\n"
    )
    assert facts(ext, "destination") == {("Soyuz MS-31", "International Space Station")}
