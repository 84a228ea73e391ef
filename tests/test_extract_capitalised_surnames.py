"""A family name written in capitals after a given name ('Soviet cosmonauts Ivan SOKOLOV and Boris LENKOV'), as
archives and philatelic pages write it, is still a person's name (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_surnames_in_capitals_name_people_who_keep_their_occupation() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft was launched on Friday from Baikonur.\n\n"
        "The failure was the first since the Soyuz 22 spacecraft failed to make orbit in May 1979 with Soviet "
        "cosmonauts Vasilko SOKOLOV and Borislav LENKOV.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert {"Vasilko SOKOLOV", "Borislav LENKOV"} <= people
    assert objects(ext, "occupation", "Borislav LENKOV")
