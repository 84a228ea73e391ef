"""A role noun right after a name and a comma ('B, the 31-year-old stewardess for the airline,') is that person's
apposition, not a mention of someone named before: its age and trade are B's alone (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_a_role_noun_in_apposition_is_not_the_earlier_persons() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft left the pad on Saturday carrying commander Pavel Orlov, 52, of Roscosmos; "
        "Marina Holt, the 31-year-old stewardess for the national airline, who becomes the first woman from her "
        "country in space; and NASA astronaut Jane Dyson, 54.\n"
    )
    assert objects(ext, "age", "Pavel Orlov") == {"52"}
    assert objects(ext, "occupation", "Pavel Orlov") == set()
    assert objects(ext, "age", "Marina Holt") == {"31"}


def test_a_role_noun_after_a_place_and_a_comma_still_stands_for_the_person() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft docked on Saturday carrying Russian actress Marina Holt.\n\n"
        "In Moscow, the actress was greeted by her family, the 31-year-old said.\n"
    )
    assert objects(ext, "occupation", "Marina Holt") == {"actress"}
