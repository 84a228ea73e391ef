"""A crew counted in one sentence and named in the next ('Two NASA astronauts completed a spacewalk. The agency said
A and B were outside for seven hours.') is the flight's crew, of the trade the count gave them (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, objects, run


def test_as_many_names_as_counted_in_the_sentence_before_are_the_crew_and_of_its_trade() -> None:
    ext = run(
        "Two NASA astronauts from the space shuttle Discovery completed a long spacewalk on Sunday.\n"
        "The agency said Dana Ruiz and Omar Haddad were outside the station for seven hours.\n"
        "Discovery is five days into its 12-day mission.\n"
    )
    (flight,) = missions(ext)
    assert set(crew(ext, flight)) == {"Dana Ruiz", "Omar Haddad"}
    assert objects(ext, "occupation", "Omar Haddad") == {"astronaut"}


def test_names_of_another_count_are_no_crew() -> None:
    ext = run(
        "Two NASA astronauts from the space shuttle Discovery completed a long spacewalk on Sunday.\n"
        "Flight directors Dana Ruiz, Omar Haddad and Lena Brandt watched from Houston.\n"
        "Discovery is five days into its 12-day mission.\n"
    )
    (flight,) = missions(ext)
    assert not {"Dana Ruiz", "Omar Haddad", "Lena Brandt"} & set(crew(ext, flight))
