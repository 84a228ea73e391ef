"""People named before 'along with' a last subject of a launch verb launch too ('A, B and C, along with agency
astronaut D, will launch Sunday') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_subjects_before_along_with_are_crew_as_is_the_last() -> None:
    ext = run(
        "Orbitco's Crew-40 mission is set for Sunday.\n\n"
        "This Sunday evening, NASA astronauts Dana Ruiz, Omar Haddad and Lena Brandt, along with European Space "
        "Agency astronaut Luc Moreau will launch in the Dragon spacecraft.\n"
    )
    assert {"Dana Ruiz", "Omar Haddad", "Lena Brandt", "Luc Moreau"} <= set(crew(ext, "Crew-40"))
