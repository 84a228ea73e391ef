"""Crew lists after a dash, a pronoun opening an inverted list, bare crew roles in appositions, dying
when a flight failed, guests who are not crew, plural nationalities before names, coordinated appositions,
ages after an employer, and films about a person."""

from __future__ import annotations

from tests.test_extract_support import crew, facts, objects, run


def test_a_flight_crew_listed_after_a_dash_flies_that_flight() -> None:
    ext = run(
        "The Tianzhou crew left on Sunday. They greeted the Shenzhou-21 taikonauts - Zhang Wei, Liu Yang and "
        "taikonaut Deng Qingming - who arrived a day earlier."
    )
    assert {"Zhang Wei", "Liu Yang", "Deng Qingming"} <= set(crew(ext, "Shenzhou-21"))


def test_a_pronoun_opening_an_inverted_list_flies_with_the_listed_people() -> None:
    ext = run(
        "Blue Origin's NS-40 flight lifted off on Tuesday. The trip was organised by Maria Lopez, 41, a former "
        "pilot. Beside her were Paul Grant, 39; Nora Hale, 52; and the teacher Sam Ortiz."
    )
    assert {"Maria Lopez", "Paul Grant", "Nora Hale", "Sam Ortiz"} <= set(crew(ext, "NS-40"))


def test_a_bare_crew_only_role_in_an_apposition_is_the_role_on_the_flight() -> None:
    ext = run(
        "Apollo 19 lifted off on Monday. Aboard were commander James Carter; Alan Brook, command module pilot; "
        "and Mary Stone, lunar module pilot and a chemist."
    )
    assert "lunar module pilot" in crew(ext, "Apollo 19")["Mary Stone"]
    assert "command module pilot" in crew(ext, "Apollo 19")["Alan Brook"]
    assert "chemist" in objects(ext, "occupation", "Mary Stone")


def test_a_bare_trade_in_an_apposition_is_no_role_on_the_flight() -> None:
    ext = run("Soyuz MS-40 lifted off on Monday. Aboard were Pavel Orlov, pilot by training, and Ivan Petrov.")
    assert "pilot" not in crew(ext, "Soyuz MS-40").get("Pavel Orlov", set())


def test_someone_killed_when_a_flight_failed_was_aboard_it() -> None:
    ext = run(
        "Soyuz 11 returned on Friday. Viktor Patsayev died three weeks later when the cabin of Soyuz 12 "
        "lost its air during the descent."
    )
    assert "Viktor Patsayev" in crew(ext, "Soyuz 12")


def test_a_guest_at_an_event_is_not_crew() -> None:
    ext = run(
        "Vostok 7 lifted off in 1965. A museum opened a show on the flight on Monday. Among the visitors was "
        "astronaut Anna Reed, 50, who has spent more than 500 days in orbit."
    )
    assert "Anna Reed" not in crew(ext, "Vostok 7")


def test_a_plural_nationality_before_names_is_not_part_of_a_name() -> None:
    ext = run("The Crew-20 flight docked on Monday. Still on board are Americans Dana Cole and Ivan Mills.")
    names = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "Dana Cole" in names
    assert not any(name.startswith("Americans") for name in names)


def test_a_coordinated_apposition_gives_the_second_trade() -> None:
    ext = run("The Gemini 14 flight lifted off on Monday. It carried Tom Avery, its navigator and the first surgeon.")
    assert "surgeon" in objects(ext, "occupation", "Tom Avery")


def test_an_age_after_an_employer_goes_to_the_person() -> None:
    ext = run(
        "Crew-30 docked on Monday. Flying with them was astronaut Lars Berg of the European Space Agency, "
        "a 51-year-old Swede."
    )
    assert ("Lars Berg", "51") in facts(ext, "age")


def test_a_person_whose_life_a_film_tells_is_in_its_cast_and_a_nationality_before_the_director_is_skipped() -> None:
    ext = run(
        "Apollo 14 landed on the Moon in 1971. Alan Shepard's career was the focus of the 2011 film "
        '"The Golf Shot", directed by Canadian documentarian Lee Ward.'
    )
    assert ("The Golf Shot", "Alan Shepard") in facts(ext, "cast_member")
    assert ("The Golf Shot", "Lee Ward") in facts(ext, "director")


def test_a_film_trade_is_no_role_on_a_flight_without_a_film() -> None:
    ext = run(
        "Blue Origin's NS-41 flight lifted off on Tuesday. With her were a teacher, Jo Park, and the "
        "movie producer Ann Blake, who flew on NS-41 with four others."
    )
    assert None in crew(ext, "NS-41").get("Ann Blake", {None})
    assert "film producer" not in crew(ext, "NS-41").get("Ann Blake", set())
    assert not any(e.kind == "film" for e in ext.entities.values())


def test_a_bare_role_before_the_next_name_is_that_names_title() -> None:
    ext = run(
        "Apollo 21 lifted off on Monday. On board were commander Ray Holt, lunar module pilot Jane Moss and "
        "command module pilot Ted Fox."
    )
    assert "lunar module pilot" not in crew(ext, "Apollo 21")["Ray Holt"]
    assert "lunar module pilot" in crew(ext, "Apollo 21")["Jane Moss"]
