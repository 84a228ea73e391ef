"""A plan told with a bare participle (', now planned for launch on June 9') looks ahead when its sentence does."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def test_a_bare_planned_participle_in_a_future_sentence_points_ahead() -> None:
    ext = run(
        "Mia Tran will fly home with the next crew, now scheduled for launch on June 9.",
        date(2031, 3, 18),
    )
    days = {f.obj.lexical[:10] for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}
    assert days == {"2031-06-09"}
