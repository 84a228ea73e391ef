"""An agency named after its owner's possessive ("the Army's Space Research Agency") is the agency alone (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_the_owner_before_a_possessive_is_not_part_of_the_agency_name() -> None:
    ext = run("She once worked at the Navy’s Advanced Materials Research Agency before joining the company.\n")
    organisations = {e.label for e in ext.entities.values() if e.kind == "organization"}
    assert "Advanced Materials Research Agency" in organisations
    assert not any("Navy" in name for name in organisations)
