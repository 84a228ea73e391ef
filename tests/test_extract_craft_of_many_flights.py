"""A craft family named for many flights ('helped two space shuttle missions') is no craft of this flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _crafts(body: str) -> set[str]:
    ext = run(body)
    return {ext.entities[str(f.obj)].label.casefold() for f in ext.facts if f.predicate == "spacecraft"}


def test_a_craft_family_before_plural_flights_is_no_spacecraft_of_the_flight() -> None:
    body = (
        "The Soyuz TMA-30 crew landed in Kazakhstan on Tuesday after six months in orbit.\n\n"
        "The Soyuz TMA-30 crew landed safely, having helped two space shuttle missions during their stay.\n"
    )
    assert "space shuttle" not in _crafts(body)


def test_a_craft_before_one_flight_is_still_its_spacecraft() -> None:
    body = "The Soyuz TMA-30 crew flew aboard the space shuttle Vega on Tuesday.\n"
    assert "vega" in _crafts(body)
