"""A launch site told past a longer phrase after the launch verb ('blasted into the grey skies above the Baikonur
cosmodrome', 'took off from the firm's home base of Spaceport America') is the flight's launch site."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import run


def _sites(text: str) -> set[str]:
    ext = run(text, date(2031, 4, 6))
    return {str(f.obj) for f in ext.facts if f.predicate == "launch_site"}


def test_a_site_under_the_skies_a_craft_blasted_into_is_its_launch_site() -> None:
    text = "The Soyuz MS-40 spacecraft blasted into the grey skies above the Baikonur cosmodrome in Kazakhstan."
    assert _sites(text) == {"site-baikonur-cosmodrome"}


def test_a_site_named_as_the_home_base_the_crew_took_off_from_is_the_launch_site() -> None:
    text = "The crew of Unity 40 took off from the firm's home base of Spaceport America in New Mexico on Sunday."
    assert _sites(text) == {"site-spaceport-america"}


def test_a_site_after_of_with_no_launch_is_no_launch_site() -> None:
    text = "The crew of Unity 40 toured the firm's home base of Spaceport America in New Mexico on Sunday."
    assert _sites(text) == set()
