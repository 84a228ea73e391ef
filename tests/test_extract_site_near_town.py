"""A launch told as 'from the launch site near <Town>' is launched from that site."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_launch_from_the_launch_site_near_a_town_has_that_site() -> None:
    ext = run(
        "The NS-30 rocket blasted off Tuesday from the launch site near Van Horn, Texas, with six people aboard.",
        date(2026, 5, 6),
    )
    assert {o for _, o in facts(ext, "launch_site", "NS-30")} == {"Van Horn"}
