"""An occupation before an honorific and a name ('company founder Sir A') is the person's (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_an_occupation_before_sir_and_a_name() -> None:
    ext = run(
        "The spaceplane flew its first crewed flight since company founder Sir Miles Harrow flew to space in 2021.\n"
    )
    assert "founder" in objects(ext, "occupation", "Miles Harrow")
