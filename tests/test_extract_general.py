"""Rules written for phenomena rather than wording: each checked on sentences of our own, and three
articles about other flights (an anniversary of a 1963 flight, a suborbital 1961 hop, a postponement)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract.article import read_article
from kg.extract.pipeline import extract
from kg.extract.quantities import find_quantities
from kg.extract.timex import find_timexes
from tests.test_extract_support import crew, facts, missions, objects, run

DATA = Path(__file__).parent / "data" / "extract"


def test_apposition_gives_the_role() -> None:
    ext = run("Gemini 9 lifted off today. Tom Stafford, the mission commander, waved. Gene Cernan, the pilot, smiled.")
    assert crew(ext, "Gemini 9") == {"Tom Stafford": {"commander"}, "Gene Cernan": {"pilot"}}


def test_seat_phrases_give_roles() -> None:
    ext = run(
        "Soyuz MS-30 rose from Baikonur on Friday with Ivan Petrov in the commander's seat and Anna Orlova and "
        "NASA's Mary Jones as flight engineers."
    )
    members = crew(ext, "Soyuz MS-30")
    assert members["Ivan Petrov"] == {"commander"}
    assert "flight engineer" in members["Anna Orlova"] and "flight engineer" in members["Mary Jones"]
    ext = run("Ax-9 launched today. In the commander's seat is John Smith.")
    assert "commander" in crew(ext, "Ax-9")["John Smith"]


def test_as_role_before_name_and_round_out() -> None:
    ext = run(
        "Crew-12 launched today. Next to him as pilot sat Larry Jones. Mark Cole and Eve Stone "
        "round out the team as mission specialists."
    )
    members = crew(ext, "Crew-12")
    assert members["Larry Jones"] == {"pilot"}
    assert members["Mark Cole"] == {"mission specialist"}
    assert members["Eve Stone"] == {"mission specialist"}


def test_crewed_by_and_first_in_space() -> None:
    ext = run("Vostok 2 was flown by Gherman Titov. The flight was crewed by Gherman Titov alone.")
    assert "Gherman Titov" in crew(ext, "Vostok 2")
    ext = run("Sixty years ago today, Yuri Gagarin became the first human in space aboard Vostok 1.")
    assert "Yuri Gagarin" in crew(ext, "Vostok 1")


def test_speaker_is_not_crew_of_what_the_company_hopes_to_fly() -> None:
    ext = run("Ax-5 docked today. Axiom chief executive Mike Shaw said the company hopes to fly Ax-6 next year.")
    assert "Mike Shaw" not in crew(ext, "Ax-6")
    assert ("Ax-6", "Axiom") in facts(ext, "operator")


def test_people_already_aboard_are_not_crew() -> None:
    ext = run(
        "Soyuz MS-40 landed today. Commander Ivan Petrov handed over command of the station to "
        "Italian astronaut Lucia Bianchi, who remains on board."
    )
    assert "Lucia Bianchi" not in crew(ext, "Soyuz MS-40")


def test_ages_respectively_now_at_and_turned() -> None:
    ext = run(
        "Ivan Petrov, Anna Orlova and Mary Jones flew on Soyuz MS-31. Petrov, Orlova and Jones, aged 47, 39 and "
        "46 respectively, will stay. Tom Reed, now 89, and Al Long, an Ohio investor who turned 72 in February, "
        "watched. Montreal financier Mark Pathy, at 52 the youngest, smiled."
    )
    assert objects(ext, "age", "Ivan Petrov") == {"47"}
    assert objects(ext, "age", "Anna Orlova") == {"39"}
    assert objects(ext, "age", "Mary Jones") == {"46"}
    assert objects(ext, "age", "Tom Reed") == {"89"}
    assert objects(ext, "age", "Al Long") == {"72"}
    assert objects(ext, "age", "Mark Pathy") == {"52"}
    assert objects(ext, "occupation", "Mark Pathy") == {"financier"}


def test_anniversary_dates_resolve_against_the_story_year() -> None:
    published = date(2019, 7, 20)
    today = find_timexes("Half a century ago today, the lunar module landed.", published, False)
    assert today[0].day == date(1969, 7, 20)
    anchored = find_timexes("They splashed down on July 24.", published, False, date(1969, 7, 16))
    assert anchored[0].day == date(1969, 7, 24)
    ext = run(
        "Half a century ago today, Apollo 11 reached the Moon. Apollo 11 had launched on July 16, 1969. "
        "The crew splashed down on July 24. The documentary opened in cinemas in March this year."
    )
    assert objects(ext, "landing_date", "Apollo 11") == {"1969-07-24"}
    assert objects(ext, "launch_date", "Apollo 11") == {"1969-07-16"}


def test_future_weekday_is_the_coming_one_and_month_edges() -> None:
    published = date(2022, 9, 29)  # a Thursday
    assert find_timexes("They will splash down on Sunday.", published, True)[0].day == date(2022, 10, 2)
    assert find_timexes("They splashed down on Sunday.", published, False)[0].day == date(2022, 9, 25)
    assert find_timexes("coming home at the end of March", published, True)[0].value == "2023-03"
    assert find_timexes("due to lift off next week", published, True)[0].value == "2022-10"


def test_durations_and_altitudes_in_other_units() -> None:
    kinds = {q.lexical for q in find_quantities("After one hundred and ninety-four days in orbit")}
    assert kinds == {"P194D"}
    assert find_quantities("about 60 nautical miles above the Moon")[0].lexical == "111.12"
    assert find_quantities("at 340,000 feet")[0].lexical == "103.632"
    assert find_quantities("a 15-minute flight")[0].lexical == "PT15M"
    assert find_quantities("ten minutes and 13 seconds")[0].lexical == "PT10M13S"
    ext = run(
        "Soyuz MS-22 docked today. The crew are to stay for about six months. The station circles some "
        "260 miles overhead."
    )
    assert objects(ext, "duration", "Soyuz MS-22") == {"P6M"}
    assert objects(ext, "altitude_km", "Soyuz MS-22") == {"418.429"}


def test_time_offset_is_not_a_flight_duration() -> None:
    ext = run("Apollo 12 landed on the Moon today. Conrad stepped outside six hours later.")
    assert objects(ext, "duration", "Apollo 12") == set()


def test_launch_from_a_pad_with_left_and_rose() -> None:
    ext = run("Crew-9 left pad 39A on Friday at 11:17 a.m. EDT atop a Falcon 9.")
    assert objects(ext, "launch_date", "Crew-9") == {"2021-10-01T11:17:00-04:00"}
    ext = run("Soyuz MS-25 rose from Baikonur on March 23, 2021.")
    assert objects(ext, "launch_date", "Soyuz MS-25") == {"2021-03-23"}


def test_other_flight_vehicle_and_company_are_kept_apart() -> None:
    ext = run(
        "Soyuz MS-22 docked today. A seat swap puts cosmonaut Anna Kikina aboard a SpaceX Crew Dragon flight "
        "due next week."
    )
    assert objects(ext, "spacecraft", "Soyuz MS-22") == {"Soyuz MS-22"}
    assert ("Soyuz MS-22", "SpaceX") not in facts(ext, "operator") | facts(ext, "partner")


def test_landing_place_after_town_of_and_orbit_beside_station() -> None:
    ext = run(
        "After 194 days in orbit aboard the International Space Station, the Soyuz MS-21 capsule landed on the "
        "steppe southeast of the town of Zhezkazgan on Thursday."
    )
    assert objects(ext, "landing_site", "Soyuz MS-21") == {"Zhezkazgan"}
    assert objects(ext, "destination", "Soyuz MS-21") == {"International Space Station"}


def test_documentary_by_director() -> None:
    ext = run('Crowds cheered "Moonbound", a documentary by director Ann Lee, on Friday.')
    assert ("Moonbound", "Ann Lee") in facts(ext, "director")


def test_unnamed_flight_takes_the_programme_name() -> None:
    ext = run(
        "India's first crewed capsule will launch from Sriharikota next year, ISRO said. Three astronauts will "
        "fly aboard the Gaganyaan capsule. The mission is part of a programme called Gaganyaan."
    )
    assert "Gaganyaan" in missions(ext)


def test_vostok_6_anniversary() -> None:
    ext = extract(read_article(DATA / "vostok-6-anniversary.txt"))
    assert objects(ext, "launch_date", "Vostok 6") == {"1963-06-16T12:30:00+03:00"}
    assert objects(ext, "landing_date", "Vostok 6") == {"1963-06-19"}
    assert objects(ext, "launch_site", "Vostok 6") == {"Baikonur Cosmodrome"}
    assert objects(ext, "launch_vehicle", "Vostok 6") == {"Vostok-K"}
    assert objects(ext, "altitude_km", "Vostok 6") == {"230"}
    assert "Valentina Tereshkova" in crew(ext, "Vostok 6")
    assert "Valentina Tereshkova" not in crew(ext, "Vostok 5")
    assert objects(ext, "age", "Valentina Tereshkova") == {"86"}
    assert objects(ext, "status", "Vostok 6") == {"flown"}


def test_freedom_7_suborbital_anniversary() -> None:
    ext = extract(read_article(DATA / "freedom-7-anniversary.txt"))
    (flight,) = [m for m in missions(ext) if m != "Apollo 14"]
    assert objects(ext, "launch_date", flight) == {"1961-05-05T09:34:00-04:00"}
    assert objects(ext, "duration", flight) == {"PT15M28S"}
    assert objects(ext, "altitude_km", flight) == {"186.684"}
    assert "Freedom 7" in objects(ext, "spacecraft", flight)
    assert objects(ext, "landing_site", flight) == {"Atlantic Ocean"}
    assert "suborbital space" in objects(ext, "destination", flight)
    assert "Alan Shepard" in crew(ext, flight)
    assert objects(ext, "occupation", "Alan Shepard") == {"Navy test pilot"}


def test_soyuz_ms_23_postponement() -> None:
    ext = extract(read_article(DATA / "soyuz-ms-23-postponed.txt"))
    assert objects(ext, "launch_date", "Soyuz MS-23") >= {"2023-02-20"}
    assert "Roscosmos" in objects(ext, "operator", "Soyuz MS-23")
    assert objects(ext, "age", "Oleg Kononenko") == {"58"}
    assert "Oleg Kononenko" not in crew(ext, "Soyuz MS-23")
    assert objects(ext, "altitude_km", "Soyuz MS-23") == {"418.429"}
