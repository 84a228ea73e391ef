"""A vehicle of a later era named to compare ('Unlike the capsules, the present-day Space Shuttle lands on a
runway') is no vehicle of the old flight the story tells."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_present_day_vehicle_is_no_craft_of_an_old_flight() -> None:
    ext = run(
        "Gemini 14 splashed down in the Atlantic on Friday. One gain of the present-day Space Shuttle is that it "
        "lands on a runway; the old capsules had to come down in the sea.",
        date(1967, 3, 3),
    )
    assert "Space Shuttle" not in objects(ext, "spacecraft", "Gemini 14")
