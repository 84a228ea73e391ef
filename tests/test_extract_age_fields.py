"""A fact box's 'Age: 45' line right under the line naming a person is that person's age (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_an_age_field_under_a_named_line_is_that_persons_age() -> None:
    ext = run(
        "The shuttle Discovery lifted off on Tuesday.\n\nDiscovery Crew\n\n"
        "U.S. Air Force Colonel Mark Dalby, commander\nAge: 45\nHometown: Arcadia, California\n\n"
        "Navy Captain Jane Holt, pilot\nAge: 41\n"
    )
    assert objects(ext, "age", "Mark Dalby") == {"45"}
    assert objects(ext, "age", "Jane Holt") == {"41"}


def test_an_age_field_under_a_line_of_two_people_is_nobodys() -> None:
    ext = run("The shuttle Discovery lifted off on Tuesday.\n\nMark Dalby and Jane Holt, the pilots\nAge: 45\n")
    assert objects(ext, "age", "Mark Dalby") == set()
