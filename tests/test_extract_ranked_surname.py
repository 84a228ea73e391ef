"""A surname alone after an abbreviated rank ('Lieut. Comdr. A') is the person, and one sentence (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, missions, run


def test_a_surname_after_an_abbreviated_rank_is_the_astronaut_of_his_capsule() -> None:
    ext = run(
        "The overshoot of Lieut. Comdr. Reyes's space capsule was caused by its nose pointing too high "
        "as the astronaut came out of orbit.\n\n"
        "A plane sighted the astronaut in the ocean an hour after the landing of the crewed flight, "
        "Capt. Lindqvist of the Navy said.\n"
    )
    (mission,) = missions(ext)
    assert set(crew(ext, mission)) == {"Reyes"}
    assert "Lindqvist" in {e.label for e in ext.entities.values() if e.kind == "person"}
