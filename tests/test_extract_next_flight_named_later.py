"""What a sentence tells before it names its flight as the next one is of the article's flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_crew_member_s_arrival_day_told_before_the_next_flight_is_the_article_flight_s() -> None:
    ext = run(
        "The shuttle Atlantis landed in Florida on Friday, ending the STS-140 mission. Flight engineer "
        "Anna Berg, who flew up with the crew to the International Space Station on March 3, stayed aboard "
        "and will come home with the next mission, STS-141, now planned for launch on June 9.",
        date(2031, 3, 18),
    )
    assert objects(ext, "launch_date", "STS-140") == {"2031-03-03"}
    assert objects(ext, "launch_date", "STS-141") == {"2031-06-09"}
    assert "International Space Station" in objects(ext, "destination", "STS-140")
