"""A crew member told to be flying for a space agency ('A, the 43-year-old former pilot who is flying for the
European Space Agency') belongs to it, so the agency takes part in the flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run

FLIGHT = "Soyuz TM-40 docks\n\nThe Soyuz TM-40 crew, Ivan Orlov and Tom Reade, docked with the station on Tuesday. "


def test_a_crew_member_flying_for_an_agency() -> None:
    ext = run(FLIGHT + "Reade, the 43-year-old pilot who is flying for the European Space Agency, took photos.\n")
    assert ("Tom Reade", "European Space Agency") in facts(ext, "affiliation")
    assert ("Soyuz TM-40", "European Space Agency") in facts(ext, "partner")


def test_a_crew_member_who_flies_for_an_agency() -> None:
    ext = run(FLIGHT + "Reade, 43, flies for the European Space Agency.\n")
    assert ("Tom Reade", "European Space Agency") in facts(ext, "affiliation")
