"""A landing told by its clock time alone: a time given to the second ('8:59:35 a.m.') and a landing told as
'touching back down' are read, and take the day the story gave before."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_clock_time_to_the_second_dates_the_landing_on_the_day_told_before() -> None:
    ext = run(
        "Recovering Gemini 14. Gemini 14 began reentry on March 15, 1966. Splashdown in the western Atlantic "
        "some 500 miles east of Cape Kennedy occurred at 8:59:35 a.m. EST.",
        date(2011, 7, 11),
    )
    assert objects(ext, "landing_date", "Gemini 14") == {"1966-03-15T08:59:00-05:00"}


def test_a_clock_time_to_the_second_dates_a_launch() -> None:
    ext = run("Galactic 09 lifted off from Spaceport America at 14:02:10 local time on Thursday.", date(2031, 6, 12))
    assert objects(ext, "launch_date", "Galactic 09") == {"2031-06-12T14:02:00-06:00"}


def test_touching_back_down_is_a_landing() -> None:
    ext = run(
        "Orbitco has completed its commercial spaceflight, called Galactic 09, on Thursday. The spaceplane took "
        "off from Spaceport America at 4:04pm GMT this afternoon. After a few minutes of weightlessness, the "
        "spaceplane began its descent back to Earth, touching back down at 4:44pm GMT.",
        date(2031, 6, 12),
    )
    assert objects(ext, "landing_date", "Galactic 09") == {"2031-06-12T16:44:00+00:00"}


def test_a_landing_told_by_a_participle_takes_the_story_s_day_when_no_day_is_near() -> None:
    ext = run(
        "Orbitco has completed its commercial spaceflight, called Galactic 09, on Thursday. The spaceplane took "
        "off from Spaceport America at 4:04pm GMT. It climbed for a minute before the engine shut down. The "
        "four passengers floated about the cabin and looked down at the curve of the Earth. After a few minutes "
        "of weightlessness, the spaceplane began its descent back to Earth, touching back down at 4:44pm GMT.",
        date(2031, 6, 12),
    )
    assert objects(ext, "landing_date", "Galactic 09") == {"2031-06-12T16:44:00+00:00"}


def test_a_landing_told_by_a_bare_noun_and_a_clock_takes_no_day_of_its_own() -> None:
    ext = run(
        "Orbitco plans its Galactic 09 spaceflight. The spaceplane is to leave Spaceport America on June 20. "
        "Its crew trained for a year. The cabin seats six. Landing at 4:44pm GMT.",
        date(2031, 6, 12),
    )
    assert objects(ext, "landing_date", "Galactic 09") == set()
