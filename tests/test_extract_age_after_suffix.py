"""An age told after a name's suffix ('Astronaut Dana R. Ruiz Jr., 41, and his capsule') is that person's (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_an_age_after_a_junior_suffix_is_the_persons_age() -> None:
    ext = run(
        "The Aurora 5 capsule came home safely today.\n\n"
        "Astronaut Dana R. Ruiz Jr., 41, and his capsule both performed without a flaw.\n"
    )
    assert ("Dana R. Ruiz", "41") in facts(ext, "age")
