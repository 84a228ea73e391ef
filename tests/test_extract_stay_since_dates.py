"""People told to have lived or worked somewhere since a day ('who have lived on the station since March') arrived
then: the day dates a happening of its own, looking back from the story's day (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def _dates(body: str, published: date = date(2021, 10, 6)) -> set[str]:
    return {d[:10] for _, d in facts(run(body, published), "date")}


def test_a_month_people_have_lived_somewhere_since_is_dated() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. They were met by Ivan Orlov and Mara Quint, "
        "who have lived on the station since April.\n"
    )
    assert "2021-04" in dates


def test_a_day_people_have_worked_there_since_is_dated() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Waiting for them were two cosmonauts "
        "who had been working there since May 14.\n"
    )
    assert "2021-05-14" in dates


def test_since_a_later_month_looks_back_a_year() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Among those aboard was Tom Reade, "
        "who has been aboard the outpost since December.\n"
    )
    assert "2020-12" in dates
    assert "2021-12" not in dates


def test_last_month_of_the_same_name_is_a_year_back() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. They were greeted by Ivan Orlov, "
        "who has been on the outpost since last October.\n"
    )
    assert "2020-10" in dates
    assert "2021-10" not in dates


def test_a_selection_since_a_year_is_no_stay() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Ivan Orlov has been a member of the "
        "cosmonaut corps since 2012.\n"
    )
    assert "2012" not in dates


def test_since_looks_back_in_a_sentence_told_in_the_future() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Tom Reade will stay behind while the capsule "
        "brings home Ivan Orlov, who has been working at the station since December.\n"
    )
    assert "2020-12" in dates
    assert "2021-12" not in dates


def test_since_may_is_the_month() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Waiting for them were three astronauts "
        "who have lived there since May.\n"
    )
    assert "2021-05" in dates


def test_a_day_since_looks_back_in_a_sentence_told_in_the_future() -> None:
    dates = _dates(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Tom Reade will return with Ivan Orlov, "
        "who has been there since March 8.\n"
    )
    assert "2021-03-08" in dates
    assert "2022-03-08" not in dates
