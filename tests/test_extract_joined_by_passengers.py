"""'A was joined by his brother B, <descriptor> C, and D': all fly, as passengers when A is one (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_joined_by_a_kin_and_described_people_gives_passengers() -> None:
    ext = run(
        "The capsule carrying Rex Holt and the other passengers on board the New Shepard has landed in the "
        "desert after the craft's first crewed trip into space.\n\n"
        "Holt was joined by his sister Anna, retired test pilot Omar Haddad, and Pavel Orlov, a 19-year-old "
        "student whose mother paid for a seat on the craft.\n"
    )
    roles = crew(ext, "New Shepard crewed flight")
    assert set(roles) == {"Rex Holt", "Anna", "Omar Haddad", "Pavel Orlov"}
    assert all("passenger" in stated for stated in roles.values())
