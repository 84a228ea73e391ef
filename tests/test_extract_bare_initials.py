"""An initial written without its full stop ('agency chief K Raman') opens a person's name (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_bare_initial_before_a_surname_after_a_title_is_a_person() -> None:
    ext = run(
        "The Vyomyaan-1 flight will launch next year.\n\n"
        'In January, agency chief K Raman said that the year will be one of "Vyomyaan readiness."\n'
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "K Raman" in people
    assert ("K Raman", "chief") in facts(ext, "occupation")
