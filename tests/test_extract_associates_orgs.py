"""A firm named with 'Associates' as its head noun ('the successful Harwell Associates pension firm') is an
organisation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_a_firm_of_associates_is_an_organisation() -> None:
    ext = run("The Soyuz TM-40 crew landed on Friday.\n\nHe founded the successful Harwell Associates pension firm.\n")
    assert "Harwell Associates" in {e.label for e in ext.entities.values() if e.kind == "organization"}
