"""A landing site is named whole ('Rogers Air Force Base'), and a planned landing site not used is none."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_base_is_named_whole_and_the_planned_site_is_not_the_landing_site() -> None:
    ext = run(
        "The shuttle Atlantis touched down at Rogers Air Force Base in California on Tuesday, ending the "
        "STS-140 mission. The orbiter was originally scheduled to land at Kennedy Space Center, but storms "
        "in Florida kept it away.",
        date(2031, 3, 8),
    )
    assert objects(ext, "landing_site", "STS-140") == {"Rogers Air Force Base"}
