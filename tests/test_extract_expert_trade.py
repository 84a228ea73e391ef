"""An expert named by field before a name ('underwater salvage expert A') is a person with that trade, and the age
told with the surname later is theirs (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

FLIGHT = "The Mercury capsule Bell 9 splashed down in the Atlantic on Friday after a short flight with Tom Briggs.\n\n"


def test_a_salvage_expert_before_a_name_is_a_person_with_that_trade() -> None:
    ext = run(
        FLIGHT + "In 1999 an expedition led by underwater salvage expert Curt Newport raised the capsule.\n\n"
        "Newport, now 67, said this week that finding the capsule was like finding a time machine.\n"
    )
    assert objects(ext, "occupation", "Curt Newport") == {"expert"}
    assert objects(ext, "age", "Curt Newport") == {"67"}
