"""An occupation in a bare apposition with one modifier before it ('A, project spokesman:') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_an_occupation_after_one_modifier_in_a_bare_apposition() -> None:
    ext = run(
        "The capsule landed in the ocean on Thursday.\n\n"
        'Then came this announcement by Lt. Col. Dana Kirk, project spokesman: "The astronaut is safe."\n'
    )
    assert "spokesman" in objects(ext, "occupation", "Dana Kirk")
