"""Flight designators of long series, yearless dates inside a story set in the past, and landings told
beside a crewmate's earlier flight, on sentences of our own."""

from __future__ import annotations

from datetime import date

from kg.extract.timex import find_timexes
from tests.test_extract_support import missions, objects, run


def test_soyuz_t_and_m_suffixed_designators_are_flights() -> None:
    ext = run(
        "Two cosmonauts flew on Soyuz T-9 in 1983 and later on Soyuz TM-7, while an American rode "
        "Soyuz TMA-21M to the station.",
        date(2020, 1, 1),
    )
    assert {"Soyuz T-9", "Soyuz TM-7", "Soyuz TMA-21M"} <= missions(ext)


def test_bare_letter_and_number_is_not_a_soyuz_flight() -> None:
    ext = run("Crew-44 lifted off on Friday. The pilots trained in T-38 jets for a year.", date(2023, 5, 5))
    assert not any(label.startswith("Soyuz T") for label in missions(ext))


def test_yearless_date_after_a_story_day_falls_in_that_year() -> None:
    later = find_timexes("They came back on October 2 after a long stay.", date(2024, 3, 1), False, date(1979, 4, 20))
    earlier = find_timexes("They had trained since December 14.", date(2024, 3, 1), False, date(1979, 4, 20))
    month = find_timexes("One stayed on until November.", date(2024, 3, 1), False, date(1979, 4, 20))
    assert [t.day for t in later] == [date(1979, 10, 2)]
    assert [t.day for t in earlier] == [date(1978, 12, 14)]
    assert [t.value for t in month] == ["1979-11"]


def test_landing_beside_a_crewmate_who_flew_up_later_is_the_subjects_flight() -> None:
    ext = run(
        "Forty years ago today, commander Ivan Petrenko and engineer Oleg Sidorov were launched on Soyuz T-21 "
        "from Baikonur on March 3, 1984. Petrenko returned on July 30 after 149 days in orbit, touching down in "
        "Kazakhstan with Pavel Markov, who had flown up on Soyuz T-22 on July 12.",
        date(2024, 3, 3),
    )
    assert objects(ext, "landing_date", "Soyuz T-21") == {"1984-07-30"}
    assert objects(ext, "landing_site", "Soyuz T-21") == {"Kazakhstan"}
    assert objects(ext, "landing_date", "Soyuz T-22") == set()
    assert objects(ext, "launch_date", "Soyuz T-22") == {"1984-07-12"}


def test_flights_told_as_coming_to_the_station_have_it_as_destination() -> None:
    ext = run(
        "Shenzhou-31 docked with the Tiangong space station on Thursday. The crew will pass the station over "
        "to the Shenzhou-32 crew in May, unless a leak forces them home before Shenzhou-33 arrives.",
        date(2033, 11, 3),
    )
    assert objects(ext, "destination", "Shenzhou-32") == {"Tiangong space station"}
    assert objects(ext, "destination", "Shenzhou-33") == {"Tiangong space station"}


def test_a_flight_merely_named_near_the_station_gets_no_destination() -> None:
    ext = run(
        "Shenzhou-31 docked with the Tiangong space station on Thursday. Its commander trained for the "
        "Shenzhou-20 mission but was replaced.",
        date(2033, 11, 3),
    )
    assert objects(ext, "destination", "Shenzhou-20") == set()


def test_a_gemini_flight_flies_the_capsule_of_its_name() -> None:
    ext = run("Gemini 9 lifted off from Florida on Friday with two astronauts aboard.", date(1966, 6, 4))
    assert objects(ext, "spacecraft", "Gemini 9") == {"Gemini 9"}


def test_a_count_of_orbits_puts_the_flight_in_orbit() -> None:
    ext = run(
        "Vostok 6 lifted off on Sunday with one cosmonaut aboard. The flight lasted three days and 48 orbits.",
        date(1963, 6, 16),
    )
    assert objects(ext, "destination", "Vostok 6") == {"orbit"}


def test_a_programme_goal_without_a_flight_name_is_not_the_flights_landing() -> None:
    ext = run(
        "Shenzhou-31 landed in the Gobi desert on Thursday. India also hopes to land a crew on the Moon by 2040.",
        date(2033, 11, 3),
    )
    assert objects(ext, "landing_date", "Shenzhou-31") == {"2033-11-03"}
    assert "Moon" not in objects(ext, "landing_site", "Shenzhou-31")
