"""A flight's own return is no biography, a stay names the destination, a landing place
after an owner's possessive or on a possessive runway, a coastline yields to a named sea; sentences of our own."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_a_return_sentence_with_a_past_perfect_clause_still_gives_the_landing_site() -> None:
    found = run(
        "Crew-31 ended its mission on Sunday.\n\n"
        "Three travellers came down in the Gulf of Mexico before dawn, closing a mission that had been delayed "
        "by storms."
    )
    assert objects(found, "landing_site", "Crew-31") == {"Gulf of Mexico"}


def test_a_stay_on_a_station_is_the_flights_destination() -> None:
    found = run("Crew-31 splashed down today after a five-month stint aboard the International Space Station.")
    assert "International Space Station" in objects(found, "destination", "Crew-31")
    found = run("Crew-31 is over, ending a long stay on the International Space Station that began in spring.")
    assert "International Space Station" in objects(found, "destination", "Crew-31")


def test_a_landing_place_after_an_owners_possessive() -> None:
    found = run("STS-140 touched down on the runway at NASA's Kennedy Space Center this morning.")
    assert objects(found, "landing_site", "STS-140") == {"Kennedy Space Center"}


def test_a_possessive_runway_is_a_landing_place() -> None:
    found = run("The spaceplane of the flight called Galactic 09 glided back to the company's runway at noon.")
    assert objects(found, "landing_site", "Galactic 09") == {"runway"}


def test_a_coastline_yields_to_a_named_sea_for_the_same_flight() -> None:
    found = run(
        "Crew-31 splashed down off the coast of Florida today.\n\n"
        "The capsule parachuted into the Gulf of Mexico near a recovery ship at dawn."
    )
    assert objects(found, "landing_site", "Crew-31") == {"Gulf of Mexico"}
    alone = run("Crew-31 splashed down off the coast of Florida today.")
    assert objects(alone, "landing_site", "Crew-31") == {"coast of Florida"}


def test_a_trailing_clause_dated_years_back_belongs_to_the_flight_it_names() -> None:
    found = run(
        "Crew-31 lifted off from Florida on Monday.\n\n"
        "Far away, a veteran controller who once guided the lander visited the old pad on Cape Canaveral, "
        "where Gemini 6 blasted off on December 15, 1965."
    )
    assert objects(found, "launch_date", "Gemini 6") == {"1965-12-15"}
    assert "1965-12-15" not in objects(found, "launch_date", "Crew-31")


def test_returning_to_a_launch_pad_is_no_landing() -> None:
    found = run(
        "Crew-31 lifted off on Monday.\n\n"
        "Crew-31 will land in spring; its retired trainer returned to Launch Complex 39A for the ceremony."
    )
    assert "Launch Complex 39A" not in objects(found, "landing_site", "Crew-31")
