"""Baikonur spelled as Slavic and German texts transliterate it ('Bajkonur', 'Bajkonur cosmodrome') is the Baikonur
launch site."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Extraction
from tests.test_extract_support import run


def _site_keys(ext: Extraction) -> set[str]:
    return {str(f.obj) for f in ext.facts if f.predicate == "launch_site"}


def test_bajkonur_cosmodrome_is_the_baikonur_launch_site() -> None:
    ext = run("The Soyuz T-40 spacecraft was launched from Bajkonur cosmodrome with two cosmonauts.", date(1991, 3, 1))
    assert _site_keys(ext) == {"site-baikonur-cosmodrome"}


def test_bajkonur_alone_is_the_baikonur_launch_site() -> None:
    ext = run("The Soyuz T-40 crew lifted off from Bajkonur on a week-long flight.", date(1991, 3, 1))
    assert _site_keys(ext) == {"site-baikonur-cosmodrome"}
