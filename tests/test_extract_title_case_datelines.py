"""A dateline written in title case with a dash ('Baikonur Cosmodrome, Kazakhstan –') names the launch site of the
flight whose launch its lead tells, as one in capitals does; a title-case opening that names no launch site gives
none."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_title_case_dateline_names_the_launch_site() -> None:
    ext = run(
        "Baikonur Cosmodrome, Kazakhstan – The Soyuz MS-40 spacecraft lifted off this morning with three crew.",
        date(2031, 4, 6),
    )
    assert objects(ext, "launch_site", "Soyuz MS-40") == {"Baikonur Cosmodrome"}


def test_a_title_case_opening_of_no_launch_site_gives_none() -> None:
    ext = run(
        "Star City, Russia – The Soyuz MS-40 spacecraft lifted off this morning with three crew.",
        date(2031, 4, 6),
    )
    assert objects(ext, "launch_site", "Soyuz MS-40") == set()
