"""A body named by its acronym before a broadcaster's or firm's noun ('Britain's KTV television network') is an
organisation; 'TV network' alone names none (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _orgs(body: str) -> set[str]:
    return {e.label for e in run(body).entities.values() if e.kind == "organization"}


def test_an_acronym_before_a_television_network_is_an_organisation() -> None:
    assert "KTV" in _orgs(
        "Broadcaster sends a reporter to orbit\n\n"
        "For a week, Britain's KTV television network has aired reports from the station.\n"
    )


def test_a_tv_network_is_no_organisation_by_its_own_name() -> None:
    assert "TV" not in _orgs("Reports from orbit\n\nFor a week, the TV network has aired reports from the station.\n")
