"""A wire story's dateline ('CAPE CANAVERAL, Fla. --', 'BAIKONUR, Kazakhstan (AP) —') names the launch site of the
flight whose launch its lead tells; a dateline that names no launch site, or a lead that tells no launch, gives none."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_dateline_names_the_launch_site_of_the_launch_its_lead_tells() -> None:
    ext = run(
        "CAPE CANAVERAL, Fla. -- Space shuttle Columbia thundered into orbit with four astronauts Thursday on "
        "STS-140, a research mission.",
        date(2031, 1, 17),
    )
    assert objects(ext, "launch_site", "STS-140") == {"Cape Canaveral"}


def test_a_dateline_with_the_agency_in_brackets_is_read() -> None:
    ext = run(
        "BAIKONUR, Kazakhstan (AP) — A Soyuz rocket carrying three astronauts on Soyuz MS-40 blasted off on Friday.",
        date(2031, 1, 17),
    )
    assert objects(ext, "launch_site", "Soyuz MS-40") == {"Baikonur"}


def test_a_dateline_of_no_launch_site_or_of_no_launch_gives_none() -> None:
    ext = run(
        "HOUSTON, Texas (AP) — Soyuz MS-41 lifted off on Friday. CAPE CANAVERAL, Fla. -- Atlantis landed on the "
        "runway on Sunday at the end of STS-141.",
        date(2031, 1, 17),
    )
    assert objects(ext, "launch_site", "Soyuz MS-41") == set()
    assert objects(ext, "launch_site", "STS-141") == set()
