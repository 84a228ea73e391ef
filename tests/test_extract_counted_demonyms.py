"""People named after a plural nationality ('Russians A and B') are the flyers of that nationality an earlier
sentence counted ('two Russian cosmonauts and an American astronaut'): they have that trade and nationality, when
the count and the names agree (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run

LANDED = "A Soyuz capsule carrying two Russian cosmonauts and an American astronaut landed in Kazakhstan on Friday.\n\n"


def test_people_after_a_plural_nationality_have_the_counted_trade() -> None:
    ext = run(
        LANDED + "The capsule brought NASA astronaut Jane Holt and Russians Pavel Orlov and Ivan Zorin back to Earth "
        "after six months aboard the station.\n"
    )
    assert objects(ext, "occupation", "Pavel Orlov") == {"cosmonaut"}
    assert objects(ext, "occupation", "Ivan Zorin") == {"cosmonaut"}
    assert objects(ext, "nationality", "Ivan Zorin") == {"Russian"}
    assert objects(ext, "occupation", "Jane Holt") == {"astronaut"}


def test_a_count_that_does_not_match_the_names_gives_no_trade() -> None:
    ext = run(
        "A Soyuz capsule carrying three Russian cosmonauts landed in Kazakhstan on Friday.\n\n"
        "The capsule brought Russians Pavel Orlov and Ivan Zorin back to Earth after six months aboard the station.\n"
    )
    assert objects(ext, "occupation", "Ivan Zorin") == set()
