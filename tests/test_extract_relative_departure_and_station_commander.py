"""'who left on <date>' dates the launch, not a flight; the station's commander is no crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, missions, run

_BODY = (
    "ALMATY: Three astronauts returned to Earth on Thursday after six months on the International Space Station.\n\n"
    "Canadian Paul Hendry and Russians Igor Petrenko and Dmitri Volkov, who left on April 14, landed in the "
    "steppe at 0310 GMT aboard a Soyuz capsule, the agencies said.\n\n"
    "The station is now being commanded by Ivan Kozlov of Russia, with crewmates Tom Becker of NASA.\n"
)


def test_who_left_on_a_date_is_the_launch_date_not_a_flight_nor_the_landing() -> None:
    ext = run(_BODY)
    assert not any("April" in name for name in missions(ext))
    assert {date for _, date in facts(ext, "launch_date")} == {"2021-04-14"}
    assert "2021-04-14" not in {date for _, date in facts(ext, "landing_date")}


def test_the_station_commander_is_not_crew_of_the_landing_flight() -> None:
    ext = run(_BODY)
    assert "Ivan Kozlov" not in {person for _, person in facts(ext, "crew_member")}


def test_a_crew_list_closed_by_a_landing_verb_after_a_who_clause_is_the_crew() -> None:
    ext = run(_BODY)
    crew = {person for _, person in facts(ext, "crew_member")}
    assert {"Paul Hendry", "Igor Petrenko", "Dmitri Volkov"} <= crew
