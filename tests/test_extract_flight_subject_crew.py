"""A past-tense sentence whose subject is the flight names its crew, not anyone's past (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_it_was_the_first_to_carry_a_crew_including_a_person() -> None:
    ext = run(
        "Virgin Galactic completed its first fully crewed test flight on Sunday.\n\n"
        'The mission, dubbed "Unity 40," was the company\'s fourth crewed spaceflight.\n\n'
        "It was also the first to carry a full crew of two pilots and four mission specialists, "
        "including company founder Dana Whitfield.\n"
    )
    assert "Dana Whitfield" in crew(ext, "Unity 40")
