"""A crew list opened by 'the crew ... consists of / included' is still one when an aside set off by commas stands
between the crew and its verb ('The crew, led by A, consists of B and C') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_crew_led_by_one_consists_of_the_others() -> None:
    ext = run(
        "The Shenzhou-40 spaceship docked with the space station on Monday.\n\n"
        "The crew, led by 56-year-old Li Wen, consists of 45-year-old Zhao Ming and 54-year-old Sun Tao.\n"
    )
    assert set(crew(ext, "Shenzhou-40")) == {"Li Wen", "Zhao Ming", "Sun Tao"}
