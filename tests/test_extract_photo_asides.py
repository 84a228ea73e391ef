"""A photo caption's aside between listed names ('A (pictured left) and B (pictured right)', 'C (shown above)')
does not end the list: everyone listed is crew, and a plural trade before the list is each one's (issue 11)."""

from __future__ import annotations

import pytest

from tests.test_extract_support import crew, objects, run


@pytest.mark.parametrize("aside", ["(shown above)", "(pictured left)", "(left)", "(at right)"])
def test_a_photo_aside_after_a_listed_name_keeps_the_list_going(aside: str) -> None:
    ext = run(
        "Crew-61 flies\n\n"
        f"The Crew-61 mission lifted off on Monday. The capsule was flown by Dana Whitlock {aside} and Eirik Solberg.\n"
    )
    assert {"Dana Whitlock", "Eirik Solberg"} <= set(crew(ext, "Crew-61"))


def test_a_plural_trade_before_names_with_photo_asides_is_each_ones() -> None:
    ext = run(
        "Crew-61 flies\n\n"
        "The Crew-61 mission lifted off on Monday. Astronauts Dana Whitlock (left) and Eirik Solberg wave.\n"
    )
    assert "astronaut" in objects(ext, "occupation", "Eirik Solberg")
