"""A body whose name opens on its head noun and 'of' ('the University of North Carolina at Chapel Hill', 'the Museum
of Cosmonautics') is an organisation, and a second 'of' may close a body's name ('the National Academy of Sciences of
Belarus') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run

FLIGHT = "The New Shepard NS-60 crew landed on Friday.\n\n"


def orgs(body: str) -> set[str]:
    """Return the labels of the organisations found."""
    return {e.label for e in run(FLIGHT + body).entities.values() if e.kind == "organization"}


def test_a_university_of_a_place_at_a_campus() -> None:
    found = orgs("Jane Holt, a 21-year-old senior at the University of North Carolina at Chapel Hill, flew.\n")
    assert "University of North Carolina at Chapel Hill" in found


def test_a_museum_of_a_field() -> None:
    assert "Museum of Cosmonautics" in orgs("The capsule now stands in the Museum of Cosmonautics in Moscow.\n")


def test_an_academy_of_a_field_of_a_country() -> None:
    found = orgs("The experiments were designed at the National Academy of Sciences of Belarus, the agency said.\n")
    assert "National Academy of Sciences of Belarus" in found
