"""A flight told as having taken place on a day ('The first Orbitco spaceflight of 2026 took place Friday, and all
its seats were filled') is launched that day, even when the sentence also says who flew; its clock times later on
belong to that day."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_spaceflight_that_took_place_on_a_weekday_was_launched_then() -> None:
    ext = run(
        "Galactic 40 Carried Four Paying Customers\n"
        "The first Orbitco spaceflight of 2026 took place Friday, and all of its six seats were filled by paying "
        "customers.\n"
        "“We are proud of the team,” the company said.\n"
        "Its chief executive spoke to reporters afterwards.\n"
        "Galactic 40 took off from Spaceport America at 10:00 am MST.",
        date(2026, 5, 9),
    )
    assert {d[:10] for d in objects(ext, "launch_date", "Galactic 40")} == {"2026-05-08"}
