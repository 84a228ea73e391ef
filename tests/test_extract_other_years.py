"""Years of older launches told in history sentences are not the launch date of the flight (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, missions, run


def test_an_older_year_in_a_history_sentence_is_no_launch_date_of_a_dated_flight() -> None:
    ext = run(
        "The Soyuz MS-31 spacecraft lifted off from Baikonur on Tuesday, March 3, 2026, carrying three cosmonauts "
        "to the International Space Station.\n\n"
        "Commander Pavel Orlov flew to the station in 2019 on an earlier Soyuz.\n\n"
        "The first rocket of the family was launched by the Soviet Union in 1957.\n",
        published=date(2026, 3, 3),
    )
    assert facts(ext, "launch_date") == {("Soyuz MS-31", "2026-03-03")}


def test_a_programme_named_in_a_history_sentence_is_not_the_label_of_an_unnamed_flight() -> None:
    ext = run(
        "A Boeing Starliner spacecraft lifted off from Cape Canaveral on Tuesday with two astronauts on board.\n\n"
        "Its Atlas V rocket descends from the launcher used in the Mercury space program of the 1960s.\n",
        published=date(2026, 3, 3),
    )
    assert not any("Mercury" in label for label in missions(ext))


def test_a_craft_family_named_for_its_programme_is_no_spacecraft_of_the_flight() -> None:
    ext = run(
        "A Boeing Starliner spacecraft lifted off from Cape Canaveral on Tuesday with two astronauts on board.\n\n"
        "Its Atlas V rocket descends from the launcher used in the Gemini space program of the 1960s.\n",
        published=date(2026, 3, 3),
    )
    assert "Gemini" not in {craft for _, craft in facts(ext, "spacecraft")}
