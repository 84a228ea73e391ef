"""A shuttle orbiter named alone as the subject of its crew ('<Orbiter> and six astronauts') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_an_orbiter_with_its_astronauts_is_the_spacecraft_and_no_organisation() -> None:
    ext = run(
        "Atlantis and seven astronauts touched down at Kennedy Space Center on Sunday, ending a two-week mission.\n\n"
        '"Houston, Atlantis, wheels stop," Atlantis commander Laura Finch radioed.\n\n'
        "Discovery's flight is one of three left before the shuttle program ends.\n"
    )
    assert ("Atlantis crewed flight", "Atlantis") in facts(ext, "spacecraft")
    assert not any(e.kind == "organization" for e in ext.entities.values())
