"""A launch from a site told by the region it lies in ('from the company's West Texas site', 'from its
facilities on a ranch in West Texas') was launched from that region."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_launch_from_a_site_named_by_its_region_has_the_region_as_its_site() -> None:
    ext = run(
        "The NS-40 rocket will lift off from Orbitco's West Texas site at 8 a.m. on Thursday with five tourists.",
        date(2026, 5, 6),
    )
    assert objects(ext, "launch_site", "NS-40") == {"West Texas"}


def test_a_site_owned_by_a_two_word_company_and_named_by_its_region_is_the_region() -> None:
    ext = run(
        "The NS-40 capsule is due to lift off from Orbit Works’ West Texas launch site at 8 a.m. on Thursday.",
        date(2026, 5, 6),
    )
    assert objects(ext, "launch_site", "NS-40") == {"West Texas"}


def test_a_launch_from_facilities_in_a_region_has_the_region_as_its_site() -> None:
    ext = run(
        "The NS-40 rocket lifted off on Monday from the company's hangars on a remote ranch in West Texas.",
        date(2026, 5, 6),
    )
    assert objects(ext, "launch_site", "NS-40") == {"West Texas"}
    # A site named in the region stays the site; a region people went home to is none.
    named = run("The NS-40 rocket lifted off on Monday from Launch Site One in West Texas.", date(2026, 5, 6))
    assert objects(named, "launch_site", "NS-40") == {"Launch Site One"}
    home = run(
        "After the NS-40 flight the tourists flew home from Houston to their families in West Texas.",
        date(2026, 5, 6),
    )
    assert objects(home, "launch_site", "NS-40") == set()
