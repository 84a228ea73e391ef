"""A launch or landing dated before spaceflight began ('splashed down fifty years ago', in a story dated the day
of the splashdown) misread a number: it dates no flight and no event."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import objects, run


def test_years_ago_counted_from_an_old_story_date_is_no_landing_date() -> None:
    ext = run(
        "Fifty years ago this week the Apollo 10 astronauts splashed down safely in the Pacific on Monday.",
        date(1969, 5, 26),
    )
    assert objects(ext, "landing_date", "Apollo 10") == {"1969-05-26"}


def test_an_event_before_spaceflight_is_not_kept() -> None:
    ext = run("The Apollo 10 capsule landed 60 years ago, officials said.", date(1969, 5, 26))
    dates = {f.obj.lexical for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}
    assert not any(d < "1957" for d in dates)
