"""Flights and what happens to them, on our own sentences: programme operators, earlier flights' dates, landings."""

from __future__ import annotations

from kg.extract.model import Extraction
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
