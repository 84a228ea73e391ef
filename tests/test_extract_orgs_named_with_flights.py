"""Organisations told with a flight: a company opening the flight's name ('SpaceX Crew-30') runs it; a company
owning another flight's vehicle ('Boeing's Starliner' in a story about a Dragon flight) does not; 'the Soviet news
agency Tass' is an organisation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run

_CREW_30 = (
    "Commander named for next station crew\n\n"
    "NASA astronaut Ada Whitlock will lead the SpaceX Crew-30 mission to the International Space Station, which is "
    "due to launch in May.\n\n"
    "She replaces a colleague who was moved to a later flight after Boeing's Starliner had thruster trouble on "
    "its last test.\n"
)


def _orgs_of(ext: object, mission: str) -> set[str]:
    """Return the organisations with any part in a flight."""
    found = set()
    for predicate in ("operator", "builder", "sponsor", "partner", "broadcaster", "beneficiary"):
        found |= {o for _, o in facts(ext, predicate, mission)}  # type: ignore[arg-type]
    return found


def test_a_company_opening_the_flights_name_runs_the_flight() -> None:
    assert "SpaceX" in _orgs_of(run(_CREW_30), "SpaceX Crew-30")


def test_the_maker_of_another_flights_vehicle_has_no_part_in_this_flight() -> None:
    assert "Boeing" not in _orgs_of(run(_CREW_30), "SpaceX Crew-30")


def test_a_news_agency_named_after_its_cue_is_an_organisation() -> None:
    ext = run(
        "Cosmonauts land safely\n\n"
        "MOSCOW -- The two cosmonauts of Soyuz 40 landed safely today in Kazakhstan, the Soviet news agency Tass "
        "reported.\n"
    )
    assert any(e.kind == "organization" and e.label in ("Tass", "TASS") for e in ext.entities.values())
