"""The people a crew's commander 'led on their first mission' are crew of that flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_the_people_the_commander_led_on_the_mission_are_crew() -> None:
    ext = run(
        "China's Shenzhou-30 crew docked to the space station on Thursday.\n\n"
        "Shenzhou-30 commander Li Wen, now on his third spaceflight — his second to the station — led Zhao Ming "
        "and Sun Hao on their first mission.\n"
    )
    assert {"Li Wen", "Zhao Ming", "Sun Hao"} <= set(crew(ext, "Shenzhou-30"))
