"""Crew roles stated later in a clause, landings, flight figures and organisation links, on our own sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract.article import read_article
from kg.extract.model import Extraction
from kg.extract.pipeline import extract
from tests.test_extract_support import crew, objects, run

DATA = Path(__file__).parent / "data" / "extract"


def test_service_and_rank_before_a_name_are_not_part_of_it() -> None:
    ext = run("Ax-12 lifted off on Friday. Air Force Lieutenant Colonel Priya Ramdass, 41, commands the flight.")
    assert "Priya Ramdass" in crew(ext, "Ax-12")


def test_role_after_a_long_apposition_in_the_same_clause() -> None:
    ext = run(
        "Crew-31 lifted off on Friday and has Dana Oyelaran, 44, a former test pilot from Ohio and the first "
        "astronaut from her county, as its commander. Tomas Brevik, 39, a geologist, occupies the pilot's seat. "
        "Lena Ostrova, 36, of the Russian space agency, is a mission specialist on her first flight. "
        "The 50-year-old Hugo Sandell fills the other mission-specialist slot."
    )
    assert crew(ext, "Crew-31") == {
        "Dana Oyelaran": {"commander"},
        "Tomas Brevik": {"pilot"},
        "Lena Ostrova": {"mission specialist"},
        "Hugo Sandell": {"mission specialist"},
    }


def test_seat_and_as_role_after_an_age() -> None:
    ext = run(
        "The rocket rose from Baikonur on Tuesday with Igor Vasnetsov, 52, in the commander's seat of Soyuz MS-40 "
        "and Ellen Marsh, 38, a Navy diver on her first flight, strapped in beside him as flight engineer."
    )
    assert crew(ext, "Soyuz MS-40") == {"Igor Vasnetsov": {"commander"}, "Ellen Marsh": {"flight engineer"}}


def test_station_commander_in_a_clause_is_no_crew_role() -> None:
    ext = run(
        "Crew-32 docked on Monday. Michael Bellini, who serves as commander of the station, floated over. "
        "Ada Kwon, 40, rode up as pilot."
    )
    assert "Michael Bellini" not in crew(ext, "Crew-32")
    assert "pilot" in crew(ext, "Crew-32")["Ada Kwon"]


def test_someone_who_suspends_crewed_launches_is_not_crew() -> None:
    ext = run(
        "Soyuz MS-41 was launched on Monday with Oleg Petrov, 45, as commander. The agency chief, Ivan Sorokin, "
        "later suspended crewed launches for a month."
    )
    assert "Ivan Sorokin" not in crew(ext, "Soyuz MS-41")


def test_short_flight_lasting_from_liftoff_to_touchdown_lands_the_same_day() -> None:
    ext = run(
        "Soyuz MS-42 lifted off at 9:15 a.m. on Wednesday but its booster failed. The capsule thudded down near "
        "Arkalyk. From launch to landing the flight had lasted 21 minutes.",
        published=date(2031, 3, 5),
    )
    assert objects(ext, "landing_date", "Soyuz MS-42") == {"2031-03-05"}


def test_altitude_restated_in_kilometres_in_brackets() -> None:
    ext = run("Crew-33 docked on Friday after a day-long chase that ended some 250 miles (402 km) above Chile.")
    assert objects(ext, "altitude_km", "Crew-33") == {"402"}


def test_altitude_reached_on_a_climb_counts_once() -> None:
    ext = run(
        "Soyuz MS-43 lifted off on Monday, but its booster failed and the capsule coasted upward to about "
        "60 miles, or a little under 97 kilometres, before falling back."
    )
    assert len(objects(ext, "altitude_km", "Soyuz MS-43")) == 1
    assert float(next(iter(objects(ext, "altitude_km", "Soyuz MS-43")))) > 96


def test_planned_stay_without_for() -> None:
    ext = run("Shenzhou-30 docked on Friday. Its three crew members expect to stay roughly six months.")
    assert objects(ext, "duration", "Shenzhou-30") == {"P6M"}
    ext = run("Shenzhou-31 docked on Friday. The crew will remain in orbit, some 400 km up, for about 180 days.")
    assert objects(ext, "duration", "Shenzhou-31") == {"P180D"}


def test_sentence_opening_with_the_length_of_the_flight() -> None:
    ext = run("STS-140 landed on Sunday. For nine days and four hours the astronauts tested the new arm.")
    assert objects(ext, "duration", "STS-140") == {"P9DT4H"}


def test_agency_of_a_crew_member_named_beside_them_is_a_partner() -> None:
    ext = run(
        "Crew-34 lifted off on Friday. Mark Ellison, 50, of the Canadian Space Agency, is a mission specialist, "
        "and NASA's Karen Osei serves as pilot."
    )
    assert {"Canadian Space Agency", "NASA"} <= objects(ext, "partner", "Crew-34")


def test_organisations_by_verb_after_a_list_or_a_naming_clause() -> None:
    ext = run(
        "The flight, which Boeing calls Crew-35, lifted off on Friday. NBC, BBC and CNN carried the launch "
        "live. The capsule was built by the Shanghai Academy of Spaceflight Technology."
    )
    assert "Boeing" in objects(ext, "operator", "Crew-35")
    assert {"NBC", "BBC", "CNN"} <= objects(ext, "broadcaster", "Crew-35")
    assert "Shanghai Academy of Spaceflight Technology" in objects(ext, "builder", "Crew-35")


def load(name: str) -> Extraction:
    """Extract one of the test articles written for this round."""
    return extract(read_article(DATA / name))


def test_article_soyuz_abort() -> None:
    ext = load("soyuz-ms-44-abort.txt")
    members = crew(ext, "Soyuz MS-44")
    assert members["Pavel Kuzmin"] == {"commander"}
    assert members["Irina Sokolova"] == {"flight engineer"}
    assert "Oleg Markov" not in members
    assert objects(ext, "landing_site", "Soyuz MS-44") == {"Arkalyk"}
    assert objects(ext, "landing_date", "Soyuz MS-44") == {"2032-04-09"}
    assert objects(ext, "altitude_km", "Soyuz MS-44") == {"78"}
    assert objects(ext, "duration", "Soyuz MS-44") == {"PT17M"}


def test_article_crew_arrival_with_appositions() -> None:
    ext = load("crew-40-arrival.txt")
    assert crew(ext, "Crew-40") == {
        "Maria Lindqvist": {"commander"},
        "Peter Adeyemi": {"pilot"},
        "Hiroshi Tanabe": {"mission specialist"},
        "Olga Belova": {"mission specialist"},
    }
    assert objects(ext, "altitude_km", "Crew-40") == {"410"}
    assert objects(ext, "duration", "Crew-40") == {"P6M"}
    organisations = objects(ext, "operator", "Crew-40") | objects(ext, "partner", "Crew-40")
    assert organisations == {"NASA", "SpaceX", "Japan Aerospace Exploration Agency"}


def test_article_shuttle_anniversary() -> None:
    ext = load("shuttle-anniversary-2031.txt")
    assert objects(ext, "launch_date", "STS-2X") == {"1981-06-18"}
    assert objects(ext, "duration", "STS-2X") == {"P3DT2H14M"}
    assert objects(ext, "broadcaster", "STS-2X") == {"ABC", "CBS", "NBC"}
    assert objects(ext, "builder", "STS-2X") == {"Columbia Aeronautics Institute of Technology"}
