"""People listed before 'both' or 'all' and 'veterans of' an armed service ('A and B, both veterans of the Chilean
Navy') are each a veteran; veterans of anything else ('both veterans of the dot-com boom') tell no trade (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_people_listed_before_both_veterans_of_a_service_are_veterans() -> None:
    ext = run(
        "Two chosen\n\nThe agency has chosen two pilots to train as astronauts. Dana Whitlock and Michael Torvald, "
        "both veterans of the Chilean Navy, will start training in June.\n"
    )
    assert "veteran" in objects(ext, "occupation", "Dana Whitlock")
    assert "veteran" in objects(ext, "occupation", "Michael Torvald")


def test_veterans_of_something_else_tell_no_trade() -> None:
    ext = run(
        "Two chosen\n\nThe company has chosen two investors to fly. Dana Whitlock and Michael Torvald, "
        "both veterans of the dot-com boom, will start training in June.\n"
    )
    assert "veteran" not in objects(ext, "occupation", "Dana Whitlock")
