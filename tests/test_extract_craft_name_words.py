"""Words of a flight's description after a capsule family are not the capsule's own name (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_test_flight_after_the_family_names_no_capsule() -> None:
    ext = run(
        "Crewed Starliner Test Flight Reaches Orbit\n\n"
        "The Boeing Starliner Test Flight lifted off on Monday with two astronauts, Laura Finch and Omar Haddad.\n"
    )
    assert not any(craft in ("Test", "Starliner Test") for _, craft in facts(ext, "spacecraft"))
