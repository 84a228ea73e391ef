"""Flights numbered in Roman numerals ('Shenzhou V') are the same flights as their Arabic numbering."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run


def test_a_flight_numbered_in_roman_numerals_is_found_with_its_crew() -> None:
    ext = run("China launched Shenzhou IX on Wednesday with Liu Wen and Zhao Min aboard.\n")
    assert missions(ext) == {"Shenzhou IX"}
    assert set(crew(ext, "Shenzhou IX")) == {"Liu Wen", "Zhao Min"}


def test_a_numeral_flight_told_only_through_a_verb() -> None:
    ext = run("Shenzhou V carried Liu Wen into orbit in 2003.\n")
    assert set(crew(ext, "Shenzhou V")) == {"Liu Wen"}


def test_roman_and_arabic_numbering_name_one_flight() -> None:
    ext = run(
        "China launched Shenzhou XIV on Wednesday with Liu Wen aboard. The Shenzhou-14 crew will stay six months.\n"
    )
    assert len(missions(ext)) == 1


def test_a_word_after_the_programme_name_is_not_a_numeral() -> None:
    ext = run("The Shenzhou Is ready: Shenzhou-30 lifted off on Wednesday with Liu Wen aboard.\n")
    assert missions(ext) == {"Shenzhou-30"}
