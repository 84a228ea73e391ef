"""Launch and landing places spelled in other transliterations ('Baykonur', 'Baikonour', 'Kazakstan') are the
same places as their usual spellings."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Extraction
from tests.test_extract_support import run


def _site_keys(ext: Extraction, predicate: str) -> set[str]:
    return {str(f.obj) for f in ext.facts if f.predicate == predicate}


def test_baykonur_is_the_baikonur_launch_site() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft was launched today from Baykonur Cosmodrome with two cosmonauts.", date(2030, 3, 1)
    )
    assert _site_keys(ext, "launch_site") == {"site-baikonur-cosmodrome"}


def test_baikonour_is_the_baikonur_launch_site() -> None:
    ext = run("The Soyuz MS-40 spacecraft blasted off from Baikonour with two cosmonauts today.", date(2030, 3, 1))
    assert _site_keys(ext, "launch_site") == {"site-baikonur-cosmodrome"}


def test_kazakstan_is_kazakhstan_as_a_landing_site() -> None:
    ext = run(
        "The Soyuz MS-40 capsule carrying two cosmonauts landed today in Kazakstan after a three-hour descent.",
        date(2030, 3, 1),
    )
    assert _site_keys(ext, "landing_site") == {"place-kazakhstan"}
