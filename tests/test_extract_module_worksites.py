"""A station module named as the place of work on a spacewalk ('opened the hatch of the Poisk module',
'fitted shields on the Rassvet module') is no destination of the flight; a module a craft docks with still is."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_module_worked_on_during_a_spacewalk_is_no_destination() -> None:
    ext = run(
        "Soyuz MS-40 cosmonauts stepped outside the International Space Station on Tuesday. They opened the "
        "hatch of the Poisk module aboard the ISS at 5 p.m. and fitted new shields on the Nauka module.",
        date(2026, 5, 6),
    )
    assert {"Poisk", "Nauka"}.isdisjoint(objects(ext, "destination", "Soyuz MS-40"))
    docked = run(
        "The Soyuz MS-40 capsule docked with the Rassvet module of the International Space Station on Tuesday.",
        date(2026, 5, 6),
    )
    assert "Rassvet" in objects(docked, "destination", "Soyuz MS-40")
