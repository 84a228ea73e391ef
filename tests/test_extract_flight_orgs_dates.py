"""Flights and what happens to them, on our own sentences: programme operators, earlier flights' dates, landings."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Extraction
from kg.extract.timex import find_timexes
from tests.test_extract_support import objects, run


def orgs_of(ext: Extraction, mission: str) -> set[str]:
    """Return every organisation linked to a flight, whatever its role."""
    roles = ("operator", "builder", "sponsor", "broadcaster", "beneficiary", "partner")
    return set().union(*(objects(ext, role, mission) for role in roles))


def test_company_running_the_programme_is_linked_when_named() -> None:
    ext = run(
        "Crew-44 lifted off on Friday with four astronauts. Engineers at SpaceX in Hawthorne cheered as "
        "the ascent went smoothly, while Blue Origin staff watched from Texas."
    )
    assert "SpaceX" in orgs_of(ext, "Crew-44")
    assert "Blue Origin" not in orgs_of(ext, "Crew-44")


def test_agency_of_a_capsule_family_is_linked_to_its_flight() -> None:
    ext = run(
        "Shenzhou-31 docked with the Tiangong station on Thursday. The China Manned Space Agency "
        "has flown taikonauts since 2003."
    )
    assert "China Manned Space Agency" in orgs_of(ext, "Shenzhou-31")


def test_programme_operator_not_named_is_not_invented() -> None:
    ext = run("Crew-44 lifted off on Friday with four astronauts aboard.")
    assert orgs_of(ext, "Crew-44") == set()


def test_earlier_flight_named_with_month_and_year_gets_that_month() -> None:
    ext = run(
        "Crew-44 lifted off on Friday. It comes decades after Valentina Petrova orbited the Earth on Vostok 9 "
        "in March 1966.",
        date(2023, 5, 5),
    )
    assert objects(ext, "launch_date", "Vostok 9") == {"1966-03"}
    assert "1966-03" not in objects(ext, "launch_date", "Crew-44")


def test_years_ago_this_month_after_a_flight_name_is_that_month_back_then() -> None:
    ext = run(
        "Shenzhou-31 docked with Tiangong on Thursday. The country first sent a taikonaut up aboard "
        "Shenzhou-4 thirty years ago this month.",
        date(2033, 11, 3),
    )
    assert objects(ext, "launch_date", "Shenzhou-4") == {"2003-11"}
    assert "2033-11" not in objects(ext, "launch_date", "Shenzhou-4")


def test_sixty_years_ago_today_is_a_day_sixty_years_back() -> None:
    stamp = find_timexes("Sixty-one years ago today, the capsule rose.", date(2023, 2, 20), False)
    assert [(t.grain, t.day) for t in stamp] == [("day", date(1962, 2, 20))]


def test_years_ago_this_morning_is_that_day_back_then() -> None:
    stamp = find_timexes("Forty-two years ago this morning, the orbiter rose.", date(2023, 4, 12), False)
    assert [(t.grain, t.day) for t in stamp] == [("day", date(1981, 4, 12))]


def test_flight_dated_by_its_name_keeps_that_date_against_a_later_plan() -> None:
    ext = run(
        "Shenzhou-31 docked with Tiangong on Thursday. The country, which launched its first taikonaut aboard "
        "Shenzhou-4 in May 2004, plans to send crews to the Moon by 2031.",
        date(2033, 11, 3),
    )
    assert objects(ext, "launch_date", "Shenzhou-4") == {"2004-05"}


def test_splashdown_off_a_coast_gives_the_coast_region() -> None:
    ext = run(
        "Ax-9 docked with the station on Friday. The four visitors will stay ten days before undocking and "
        "splashing down off the coast of Oregon."
    )
    assert objects(ext, "landing_site", "Ax-9") == {"Oregon"}


def test_landing_after_handing_over_belongs_to_the_crew_leaving() -> None:
    ext = run(
        "Shenzhou-31 docked with Tiangong on Thursday with Wen Haoran, 44, as commander. Wen and his crewmates "
        "will hand the station over to the Shenzhou-32 crew and land in the Gobi desert in May.",
        date(2033, 11, 3),
    )
    assert objects(ext, "landing_date", "Shenzhou-31") == {"2034-05"}
    assert objects(ext, "landing_date", "Shenzhou-32") == set()


def test_landing_of_a_flight_named_as_subject_is_not_this_flights() -> None:
    ext = run(
        "NS-40 lifted off from West Texas on Tuesday with six passengers. The hop came 60 years after Apollo 12 "
        "landed on the Moon."
    )
    assert objects(ext, "landing_site", "NS-40") == set()
