"""An event word inside a capitalised name ('the Remote Sea Land Mapping Project') dates no landing (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_capitalised_land_inside_a_project_name_is_no_landing() -> None:
    ext = run(
        "VAN HORN, Texas: Six passengers flew to the edge of space on Wednesday aboard the NS-41 capsule.\n\n"
        "- Ray Dalton, who led the Remote Sea Land Mapping Project in 1979 while working at a navy laboratory.\n"
    )
    assert "1979" not in {date for _, date in facts(ext, "landing_date")}
