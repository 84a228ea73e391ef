"""Flight names with a Roman numeral after Vostok or Voskhod ('Vostok III and Vostok IV') are numbered
flights, one each, not one invented flight of the family (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, missions, run


def test_two_vostok_flights_in_roman_numerals_are_two_flights() -> None:
    ext = run(
        "date 1962-08-20 By Test Wire\n\n"
        "Cosmonauts Ivan Petrenko and Oleg Sorokin, who flew the spaceships Vostok V and Vostok VI, "
        "landed in the steppe on Monday.\n"
    )
    assert missions(ext) == {"Vostok V", "Vostok VI"}


def test_voskhod_in_roman_numerals_is_its_numbered_flight() -> None:
    ext = run("date 1965-03-25 By Test Wire\n\nThe spaceship Voskhod II landed in a forest near Perm on Friday.\n")
    flights = {flight for flight, _ in facts(ext, "landing_site")}
    assert flights == {"Voskhod II"}
