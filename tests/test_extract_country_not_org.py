"""A country after 'head of the' ('the head of the US space programme, A') is no organisation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def test_a_country_headed_is_no_organisation() -> None:
    ext = run(
        "Soyuz 41 crashed on Sunday. The head of the US space programme, Dale Morrow, called for cooperation, "
        "and the director of the UK space agency and the head of Kazakhstan's launch site agreed.\n"
    )
    orgs = {e.label for e in ext.entities.values() if e.kind == "organization"}
    assert not {"US", "UK", "Kazakhstan"} & orgs
