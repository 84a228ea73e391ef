"""A crew role in an apposition that names the flight ('A, the Shenzhou-40 mission commander,') is A's role on it
(issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_role_apposed_with_the_flights_name_is_the_persons_role() -> None:
    ext = run(
        "The Shenzhou-40 crew landed in Inner Mongolia on Monday after six months in orbit.\n\n"
        "Wang Hai, the Shenzhou-40 mission commander, has now spent more than a year in space.\n"
    )
    assert "commander" in crew(ext, "Shenzhou-40")["Wang Hai"]
