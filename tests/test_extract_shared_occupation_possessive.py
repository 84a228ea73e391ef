"""A plural occupation shared by a list whose last name follows a possessive ('and Japan's C') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_the_last_listed_after_a_country_possessive_shares_the_occupation() -> None:
    ext = run(
        "The Crew Dragon, carrying NASA astronauts Dana Kirk, Omar Haddad, and Japan's Kenji Mori, "
        "splashed down off Florida on Sunday.\n"
    )
    assert "astronaut" in objects(ext, "occupation", "Kenji Mori")
