"""'N days later' counts from a day told earlier in the same sentence ('took off on March 2 1980 and reentered
the atmosphere eight days later'), before the day of the sentence before or the day of telling."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_days_later_count_from_the_day_earlier_in_the_sentence() -> None:
    ext = run(
        "Saturday is the 35th anniversary of the first flight by a Danish cosmonaut. Jens Holm was a member of "
        "the crew of the Soviet Soyuz 40 mission which took off on March 2 1980 and reentered Earth's atmosphere "
        "almost eight days later.",
        date(2015, 3, 1),
    )
    assert objects(ext, "landing_date", "Soyuz 40") == {"1980-03-10"}


def test_days_later_still_count_from_the_sentence_before() -> None:
    ext = run(
        "Soyuz MS-40 lifted off on March 2, 2031. Two days later it docked with the station and the crew opened "
        "the hatch.",
        date(2031, 3, 10),
    )
    assert "2031-03-04" in {
        f.obj.lexical[:10] for f in ext.facts if f.predicate == "date" and hasattr(f.obj, "lexical")
    }
