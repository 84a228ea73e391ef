"""A body named with 'Center' or 'Centre' at its end ('the Harbin Flight Control Center', 'the Ohio Science
Centre') is an organisation named whole, not cut after an earlier head word ('Aerospace') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _orgs(body: str) -> set[str]:
    ext = run(body)
    return {e.label for e in ext.entities.values() if e.kind == "organization"}


def test_a_control_center_is_named_whole() -> None:
    orgs = _orgs(
        "Shenzhou-40 landed on Monday. At 12:34 a.m., the Harbin Aerospace Control Center issued a return command.\n"
    )
    assert "Harbin Aerospace Control Center" in orgs
    assert "Harbin Aerospace" not in orgs


def test_a_science_centre_is_an_organisation() -> None:
    orgs = _orgs("After the shuttle's last landing it will be moved to the Ohio Science Centre in Columbus.\n")
    assert "Ohio Science Centre" in orgs
