"""A body named with 'Service' as its head noun ('the U.S. Forest Service', 'the National Weather Service') is an
organisation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def orgs(body: str) -> set[str]:
    """Return the labels of the organisations found."""
    return {e.label for e in run(body).entities.values() if e.kind == "organization"}


def test_a_service_named_with_its_country_is_an_organisation() -> None:
    found = orgs(
        "The Apollo 30 crew landed on the Moon.\n\nJane Holt, a former smokejumper for the U.S. Forest "
        "Service, carried seeds for the agency.\n"
    )
    assert "U.S. Forest Service" in found


def test_a_weather_service_is_an_organisation() -> None:
    assert "National Weather Service" in orgs("The National Weather Service forecast clear skies for the launch.\n")
