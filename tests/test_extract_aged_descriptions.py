"""A person named before and told again by an age and a noun for them ('The 41-year-old heiress had trained ...'
after 'Chilean heiress A') has that age; a noun fitting two people named before gives it to neither (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

_LAUNCH = "Heiress reaches orbit\n\nChilean heiress Dana Whitlock lifted off on Thursday aboard the Crew-61 mission. "


def test_an_age_told_with_the_noun_used_before_the_name_is_that_persons() -> None:
    ext = run(_LAUNCH + "The 41-year-old heiress had trained for eight months.\n")
    assert "41" in objects(ext, "age", "Dana Whitlock")


def test_an_age_told_with_the_noun_of_an_apposition_is_that_persons() -> None:
    ext = run(
        "Heiress reaches orbit\n\nDana Whitlock, a Chilean heiress, lifted off on Thursday aboard the Crew-61 mission. "
        "The 41-year-old heiress had trained for eight months.\n"
    )
    assert "41" in objects(ext, "age", "Dana Whitlock")


def test_a_noun_fitting_two_people_gives_the_age_to_neither() -> None:
    ext = run(_LAUNCH + "With her flew heiress Anna Solberg. The 41-year-old heiress had trained for eight months.\n")
    assert "41" not in objects(ext, "age", "Dana Whitlock")
    assert "41" not in objects(ext, "age", "Anna Solberg")
