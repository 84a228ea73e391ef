"""An occupation of two words before a name with an adjective in front ('female aviation pioneer A') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_an_aviation_pioneer_before_a_name_is_the_occupation() -> None:
    ext = run(
        "The New Shepard capsule landed on Tuesday.\n\n"
        "Rex Holt was joined by female aviation pioneer Omar Haddad and Pavel Orlov.\n"
    )
    assert ("Omar Haddad", "aviation pioneer") in facts(ext, "occupation")
