"""A date typed without a space after its comma ('March 3,1962') is read as the full date, like 'March 3, 1962'."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def _dates(body: str, published: date) -> set[str]:
    ext = run(body, published)
    return {f.obj.lexical for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}


def test_a_date_without_a_space_after_its_comma_dates_the_event() -> None:
    body = (
        "Soyuz 30 landed today after a week in orbit. "
        "It recalled the loss of two test pilots who died on March 3,1962, when their cabin caught fire."
    )
    assert "1962-03-03" in _dates(body, date(1965, 5, 6))
