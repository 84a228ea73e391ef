"""Crew told in lists (a plural role shared by all listed, inverted lists), the named crew of other flights,
and people of earlier flights told for history."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run


def test_a_plural_role_after_a_list_with_appositions_goes_to_everyone_listed() -> None:
    ext = run(
        "The Crew-44 mission lifted off on Monday. Omar Haddad, 38, a former Army surgeon, and Canadian "
        "astronaut Lisa Brenner, 47, a retired Navy diver, are flight engineers."
    )
    members = crew(ext, "Crew-44")
    assert "flight engineer" in members["Omar Haddad"]
    assert "flight engineer" in members["Lisa Brenner"]


def test_a_plural_role_after_a_list_ends_at_a_new_clause() -> None:
    ext = run(
        "The Crew-45 mission lifted off on Monday. Paul Maron, 51, is the pilot, while Dutch physicist "
        "Anna Vos, 40, and Irish geologist Sean Doyle, 36, fly as mission specialists."
    )
    members = crew(ext, "Crew-45")
    assert "mission specialist" in members["Anna Vos"]
    assert "mission specialist" in members["Sean Doyle"]
    assert "mission specialist" not in members.get("Paul Maron", set())


def test_a_plural_role_before_a_long_list_goes_to_every_name() -> None:
    ext = run(
        "The Crew-46 mission lifted off on Monday. "
        "Mission specialists Karen Holt, Victor Lang, Maria Ortiz and Ben Carter completed the crew."
    )
    members = crew(ext, "Crew-46")
    assert all(
        "mission specialist" in members[name] for name in ("Karen Holt", "Victor Lang", "Maria Ortiz", "Ben Carter")
    )


def test_a_plural_role_after_names_with_who_clauses_and_all_working_as() -> None:
    ext = run(
        "The Crew-47 mission lifted off on Monday. In the cabin were three company staff: "
        "lead trainer Helen Park, who was on her second trip, Tom Eliot and David Shore, "
        "all working as mission specialists."
    )
    members = crew(ext, "Crew-47")
    assert {"Helen Park", "Tom Eliot", "David Shore"} <= set(members)
    assert "mission specialist" in members["Tom Eliot"]


def test_an_inverted_crew_list_with_semicolons_makes_everyone_crew() -> None:
    ext = run(
        "The NS-44 flight lifted off from Texas on Tuesday. Flying with Peter Grant were his sister Anne Grant, 50, "
        "a nurse; Walter Moss, 77, a retired pilot who had waited decades; and Ryan Diaz, 19, a student."
    )
    assert {"Peter Grant", "Anne Grant", "Walter Moss", "Ryan Diaz"} <= set(crew(ext, "NS-44"))


def test_the_named_crew_of_another_flight_stays_on_that_flight() -> None:
    ext = run(
        "The Shenzhou-30 mission lifted off on Monday. Waiting aboard the station was the Shenzhou-29 crew of "
        "Wang Lei, Zhou Ming and Chen Bo, who will hand over the station."
    )
    assert {"Wang Lei", "Zhou Ming", "Chen Bo"} <= set(crew(ext, "Shenzhou-29"))
    assert not {"Wang Lei", "Zhou Ming", "Chen Bo"} & set(crew(ext, "Shenzhou-30"))


def test_a_person_travelling_on_an_earlier_flight_is_its_crew_not_the_main_flights() -> None:
    ext = run(
        "The Crew-48 mission lifted off on Monday with four astronauts. It came decades after the Soviet "
        "Union's Valentina Tereshkova made the first flight by a woman on Vostok 6 in June 1963."
    )
    assert "Valentina Tereshkova" in crew(ext, "Vostok 6")
    assert "Valentina Tereshkova" not in crew(ext, "Crew-48")


def test_an_earlier_trip_told_with_only_a_year_gets_a_flight_of_its_own() -> None:
    ext = run(
        "The Crew-49 mission lifted off on Monday. Romania's only earlier astronaut, Dumitru Prunariu, "
        "went up in 1981, and Cuba's Arnaldo Tamayo followed in 1980."
    )
    assert "Dumitru Prunariu's 1981 flight" in missions(ext)
    assert "Dumitru Prunariu" in crew(ext, "Dumitru Prunariu's 1981 flight")
    assert "Dumitru Prunariu" not in crew(ext, "Crew-49")


def test_a_plural_role_reaches_people_listed_with_their_employers() -> None:
    ext = run(
        "The Crew-53 mission lifted off on Monday. Mira Sato, 41, of the Korea Aerospace Research Institute, and "
        "Irishman Colm Byrne, 45, of the European Space Agency serve as mission specialists."
    )
    members = crew(ext, "Crew-53")
    assert "mission specialist" in members["Mira Sato"]
    assert "mission specialist" in members["Colm Byrne"]


def test_crewmates_named_after_a_copula_are_crew() -> None:
    ext = run(
        "The Shenzhou-31 mission lifted off on Monday, commanded by Zhao Gang. "
        "His crewmates are Liu Wei, 50, who flew once before in 2012, and Deng Qing, 38, a rookie."
    )
    assert {"Zhao Gang", "Liu Wei", "Deng Qing"} <= set(crew(ext, "Shenzhou-31"))
